import { describe, expect, it } from "vitest";
import { messagesIn } from "./messageBundles";

const entries = [
  { key: "searchLabel", text: "खबरें खोजें" },
  { key: "readMore", text: "पूरी खबर पढ़ें" },
  { key: "published", text: "Published on" },
];

describe("messagesIn", () => {
  it("finds a catalogue bundled as an object literal", () => {
    const chunk = `let m={header:{searchLabel:"खबरें खोजें"},article:{readMore:"पूरी खबर पढ़ें",published:"Published on"}};`;
    expect(messagesIn(chunk, entries)).toHaveLength(3);
  });

  it("finds a catalogue shipped as JSON with escaped Devanagari", () => {
    const chunk = `JSON.parse('{"searchLabel":"\\u0916\\u092c\\u0930\\u0947\\u0902 \\u0916\\u094b\\u091c\\u0947\\u0902"}')`;
    expect(messagesIn(chunk, entries).map((entry) => entry.key)).toEqual(["searchLabel"]);
  });

  it("finds a catalogue serialised into the RSC payload for a client provider", () => {
    const payload = `self.__next_f.push([1,"{\\"messages\\":{\\"readMore\\":\\"पूरी खबर पढ़ें\\",\\"published\\":\\"Published on\\"}}"])`;
    expect(messagesIn(payload, entries)).toHaveLength(2);
  });

  it("ignores the same strings rendered as text, without their keys", () => {
    const payload = `self.__next_f.push([1,"[\\"$\\",\\"a\\",null,{\\"children\\":\\"पूरी खबर पढ़ें\\"}] <p>Published on</p>"])`;
    expect(messagesIn(payload, entries)).toEqual([]);
  });
});
