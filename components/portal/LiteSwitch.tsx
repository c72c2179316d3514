import { liteSwitchPath } from "@/lib/routes";

type Text = { heading: string; offer: string; active: string; turnOn: string; turnOff: string };

/**
 * The reader's switch between the full and the lite edition: a plain form, as lite pages have no script. Cached
 * pages are the same for everyone, so both states are in the markup and the stylesheet shows the one that applies
 * (`html[data-lite]` is set by the reader front on lite pages).
 */
export function LiteSwitch({ text }: { text: Text }) {
  return (
    <form className="lite-switch" method="post" action={liteSwitchPath}>
      <h2 className="footer-heading">{text.heading}</h2>
      <p className="lite-when-full">{text.offer}</p>
      <p className="lite-when-lite">{text.active}</p>
      <button className="lite-when-full" type="submit" name="lite" value="on">
        {text.turnOn}
      </button>
      <button className="lite-when-lite" type="submit" name="lite" value="off">
        {text.turnOff}
      </button>
    </form>
  );
}
