"use client";

import { EditorContent, useEditor, useEditorState, type Editor } from "@tiptap/react";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { embedFromUrl, safeLink, type TiptapNode } from "@/lib/content/tiptapDocument";
import { bodyExtensions } from "./editorExtensions";
import { MediaPicker, type PickedMedia } from "./MediaPicker.client";

/**
 * Pasted text arrives in whatever form the source had: NFC here keeps what the editor shows equal to what will be
 * stored (the save normalises again, whatever the browser sends). Line breaks stay: they become paragraphs.
 */
function cleanPaste(text: string): string {
  return text.replace(/[\u200B\uFEFF]/g, "").normalize("NFC");
}

function ToolbarButton({ label, onClick, active, disabled, shortcut }: { label: string; onClick: () => void; active?: boolean; disabled?: boolean; shortcut?: string }) {
  return (
    <button
      type="button"
      className="body-tool"
      aria-pressed={active === undefined ? undefined : active}
      aria-keyshortcuts={shortcut}
      title={shortcut ? `${label} (${shortcut})` : label}
      disabled={disabled}
      onMouseDown={(event) => event.preventDefault()}
      onClick={onClick}
    >
      {label}
    </button>
  );
}

const idle = { bold: false, italic: false, subheading: false, quote: false, bulletList: false, orderedList: false, link: false, image: false, canUndo: false, canRedo: false };

/** What the toolbar shows as pressed or available; until the editor's first transaction, nothing is. */
function useToolbarState(editor: Editor | null) {
  const state = useEditorState({
    editor,
    selector: ({ editor: current }) =>
      current
        ? {
            bold: current.isActive("bold"),
            italic: current.isActive("italic"),
            subheading: current.isActive("heading", { level: 2 }),
            quote: current.isActive("blockquote"),
            bulletList: current.isActive("bulletList"),
            orderedList: current.isActive("orderedList"),
            link: current.isActive("link"),
            image: current.isActive("image"),
            canUndo: current.can().undo(),
            canRedo: current.can().redo(),
          }
        : null,
  });
  return state ?? idle;
}

/**
 * The rich-text body: TipTap with a Hindi toolbar. It reports every change as TipTap JSON; the article editor turns
 * that into the stored document (lib/content/tiptapDocument). Remount it (a new `key`) to load other content.
 */
export function BodyEditor({
  labelId,
  initial,
  editable,
  onChange,
  onMediaPicked,
}: {
  labelId: string;
  initial: TiptapNode;
  editable: boolean;
  onChange: (doc: TiptapNode) => void;
  onMediaPicked: (media: PickedMedia) => void;
}) {
  const t = useTranslations("admin.editor.toolbar");
  const [picking, setPicking] = useState(false);
  const changed = useRef(onChange);
  useEffect(() => {
    changed.current = onChange;
  }, [onChange]);

  const editor = useEditor({
    extensions: bodyExtensions,
    content: initial,
    editable,
    immediatelyRender: false,
    editorProps: {
      attributes: { class: "body-editor-content", "aria-labelledby": labelId, "aria-multiline": "true", role: "textbox", spellcheck: "true" },
      transformPastedText: cleanPaste,
      transformPastedHTML: cleanPaste,
    },
    onUpdate: ({ editor: current }) => changed.current(current.getJSON() as TiptapNode),
  });
  const state = useToolbarState(editor);

  useEffect(() => {
    // No update event: switching to read-only is not an edit.
    editor?.setEditable(editable, false);
  }, [editor, editable]);

  if (!editor) return <div className="body-editor body-editor-loading">{t("loading")}</div>;
  const chain = () => editor.chain().focus();

  function editLink() {
    const current = (editor!.getAttributes("link").href as string | undefined) ?? "";
    const answer = window.prompt(t("linkPrompt"), current);
    if (answer === null) return;
    if (answer.trim() === "") {
      chain().extendMarkRange("link").unsetLink().run();
      return;
    }
    const href = safeLink(answer);
    if (!href) {
      window.alert(t("linkInvalid"));
      return;
    }
    if (editor!.state.selection.empty && !editor!.isActive("link")) {
      chain().insertContent({ type: "text", text: answer.trim(), marks: [{ type: "link", attrs: { href } }] }).run();
    } else {
      chain().extendMarkRange("link").setLink({ href }).run();
    }
  }

  function addEmbed() {
    const answer = window.prompt(t("embedPrompt"));
    if (answer === null || answer.trim() === "") return;
    const embed = embedFromUrl(answer);
    if (!embed) {
      window.alert(t("embedInvalid"));
      return;
    }
    chain().insertContent({ type: "embed", attrs: embed }).run();
  }

  function insertImage(media: PickedMedia | null) {
    setPicking(false);
    if (!media) return;
    onMediaPicked(media);
    chain()
      .insertContent({ type: "image", attrs: { mediaId: media.id, alt: media.alt, caption: media.caption, src: `/media/${media.fileName}` } })
      .run();
  }

  function describeImage() {
    const { alt, caption } = editor!.getAttributes("image") as { alt: string; caption: string };
    const newAlt = window.prompt(t("altPrompt"), alt);
    if (newAlt === null) return;
    if (newAlt.trim() === "") {
      window.alert(t("altRequired"));
      return;
    }
    const newCaption = window.prompt(t("captionPrompt"), caption);
    if (newCaption === null) return;
    chain().updateAttributes("image", { alt: newAlt.trim(), caption: newCaption.trim() }).run();
  }

  return (
    <div className={`body-editor${editable ? "" : " body-editor-readonly"}`}>
      {editable ? (
        <div className="body-toolbar" role="toolbar" aria-label={t("label")}>
          <ToolbarButton label={t("bold")} shortcut="Control+B" active={state.bold} onClick={() => chain().toggleBold().run()} />
          <ToolbarButton label={t("italic")} shortcut="Control+I" active={state.italic} onClick={() => chain().toggleItalic().run()} />
          <ToolbarButton label={t("subheading")} active={state.subheading} onClick={() => chain().toggleHeading({ level: 2 }).run()} />
          <ToolbarButton label={t("quote")} active={state.quote} onClick={() => chain().toggleBlockquote().run()} />
          <ToolbarButton label={t("bulletList")} active={state.bulletList} onClick={() => chain().toggleBulletList().run()} />
          <ToolbarButton label={t("orderedList")} active={state.orderedList} onClick={() => chain().toggleOrderedList().run()} />
          <ToolbarButton label={t("link")} active={state.link} onClick={editLink} />
          <ToolbarButton label={t("image")} active={picking} onClick={() => setPicking(!picking)} />
          {state.image ? <ToolbarButton label={t("describeImage")} onClick={describeImage} /> : null}
          <ToolbarButton label={t("embed")} onClick={addEmbed} />
          <ToolbarButton label={t("undo")} shortcut="Control+Z" disabled={!state.canUndo} onClick={() => chain().undo().run()} />
          <ToolbarButton label={t("redo")} shortcut="Control+Shift+Z" disabled={!state.canRedo} onClick={() => chain().redo().run()} />
        </div>
      ) : null}
      {editable && picking ? (
        <div className="body-image-picker">
          <MediaPicker value={null} onChange={insertImage} label={t("imageLabel")} />
          <button type="button" className="link-button" onClick={() => setPicking(false)}>
            {t("cancel")}
          </button>
        </div>
      ) : null}
      <EditorContent editor={editor} />
    </div>
  );
}
