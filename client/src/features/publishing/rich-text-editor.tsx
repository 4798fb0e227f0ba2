import type { Editor } from "@tiptap/core";
import Image from "@tiptap/extension-image";
import { TableKit } from "@tiptap/extension-table";
import StarterKit from "@tiptap/starter-kit";
import Bold from "lucide-solid/icons/bold";
import Heading2 from "lucide-solid/icons/heading-2";
import Heading3 from "lucide-solid/icons/heading-3";
import ImagePlus from "lucide-solid/icons/image-plus";
import Italic from "lucide-solid/icons/italic";
import Link2 from "lucide-solid/icons/link-2";
import List from "lucide-solid/icons/list";
import ListOrdered from "lucide-solid/icons/list-ordered";
import Redo2 from "lucide-solid/icons/redo-2";
import Table from "lucide-solid/icons/table";
import TableColumnsSplit from "lucide-solid/icons/table-columns-split";
import TableRowsSplit from "lucide-solid/icons/table-rows-split";
import Trash from "lucide-solid/icons/trash";
import Undo2 from "lucide-solid/icons/undo-2";
import { type Component, createSignal, createUniqueId, For, onCleanup, Show, untrack } from "solid-js";
import { createEditorTransaction, createTiptapEditor } from "solid-tiptap";
import { ActionDialog } from "./action-dialog";
import { IMAGE_ACCEPT, isSupportedImage, type UploadResult } from "./media-upload";
import { publishingStrings } from "./strings";
import { cleanPastedHtml } from "./word-paste";

type IconComponent = Component<{ size?: number; "aria-hidden"?: boolean | "true" | "false" }>;

interface ToolbarButton {
  id: string;
  label: string;
  icon: IconComponent;
  run: (editor: Editor) => void;
  /** A toggle reports its state with aria-pressed. */
  active?: (editor: Editor) => boolean;
  enabled?: (editor: Editor) => boolean;
  /** Shown only while the cursor is in a table. */
  tableOnly?: boolean;
}

const t = publishingStrings.toolbar;

/**
 * The body editor: TipTap (ProseMirror) mounted through solid-tiptap, with a compact toolbar of
 * ≥44px buttons (WAI-ARIA toolbar: one tab stop, arrow keys move between buttons), Word paste
 * cleanup, and images uploaded to /media before they are inserted with their size.
 */
export function RichTextEditor(props: {
  initialHtml: string;
  labelId: string;
  describedBy?: string;
  invalid?: boolean;
  disabled?: boolean;
  onChange: (html: string) => void;
  upload: (file: File, onProgress: (percent: number) => void) => Promise<UploadResult>;
}) {
  let element: HTMLDivElement | undefined;
  let toolbar: HTMLDivElement | undefined;
  const [pasteNote, setPasteNote] = createSignal<string | null>(null);
  const [linkOpen, setLinkOpen] = createSignal(false);
  const [linkError, setLinkError] = createSignal<string | null>(null);
  const [imageOpen, setImageOpen] = createSignal(false);
  const [imageError, setImageError] = createSignal<string | null>(null);
  const [uploading, setUploading] = createSignal<string | null>(null);
  const [focusIndex, setFocusIndex] = createSignal(0);
  const ids = {
    surface: createUniqueId(),
    url: createUniqueId(),
    file: createUniqueId(),
    alt: createUniqueId(),
    altHint: createUniqueId(),
  };

  const editor = createTiptapEditor(() => ({
    // biome-ignore lint/style/noNonNullAssertion: solid-tiptap creates the editor in an effect, after the ref is set
    element: element!,
    extensions: [
      StarterKit.configure({
        heading: { levels: [2, 3] },
        code: false,
        codeBlock: false,
        link: { openOnClick: false, autolink: true, defaultProtocol: "https" },
      }),
      Image.configure({ inline: false, allowBase64: false }),
      TableKit.configure({ table: { resizable: false } }),
    ],
    content: untrack(() => props.initialHtml),
    editable: !untrack(() => props.disabled),
    editorProps: {
      attributes: {
        id: ids.surface,
        class: "prose editor__content",
        role: "textbox",
        "aria-multiline": "true",
        "aria-labelledby": props.labelId,
        ...(props.describedBy ? { "aria-describedby": props.describedBy } : {}),
      },
      transformPastedHTML: (html) => {
        const cleaned = cleanPastedHtml(html);
        setPasteNote(cleaned.droppedImages > 0 ? publishingStrings.paste.droppedImages(cleaned.droppedImages) : null);
        return cleaned.html;
      },
    },
    onUpdate: ({ editor: current }) => props.onChange(current.getHTML()),
  }));

  const state = createEditorTransaction(editor, (current) => ({
    bold: current?.isActive("bold") ?? false,
    italic: current?.isActive("italic") ?? false,
    h2: current?.isActive("heading", { level: 2 }) ?? false,
    h3: current?.isActive("heading", { level: 3 }) ?? false,
    bulletList: current?.isActive("bulletList") ?? false,
    orderedList: current?.isActive("orderedList") ?? false,
    link: current?.isActive("link") ?? false,
    table: current?.isActive("table") ?? false,
    canUndo: current?.can().undo() ?? false,
    canRedo: current?.can().redo() ?? false,
  }));

  const buttons: ToolbarButton[] = [
    {
      id: "bold",
      label: t.bold,
      icon: Bold,
      run: (e) => e.chain().focus().toggleBold().run(),
      active: () => state().bold,
    },
    {
      id: "italic",
      label: t.italic,
      icon: Italic,
      run: (e) => e.chain().focus().toggleItalic().run(),
      active: () => state().italic,
    },
    {
      id: "h2",
      label: t.h2,
      icon: Heading2,
      run: (e) => e.chain().focus().toggleHeading({ level: 2 }).run(),
      active: () => state().h2,
    },
    {
      id: "h3",
      label: t.h3,
      icon: Heading3,
      run: (e) => e.chain().focus().toggleHeading({ level: 3 }).run(),
      active: () => state().h3,
    },
    {
      id: "bulletList",
      label: t.bulletList,
      icon: List,
      run: (e) => e.chain().focus().toggleBulletList().run(),
      active: () => state().bulletList,
    },
    {
      id: "orderedList",
      label: t.orderedList,
      icon: ListOrdered,
      run: (e) => e.chain().focus().toggleOrderedList().run(),
      active: () => state().orderedList,
    },
    { id: "link", label: t.link, icon: Link2, run: () => openLink(), active: () => state().link },
    { id: "image", label: t.image, icon: ImagePlus, run: () => openImage() },
    {
      id: "table",
      label: t.table,
      icon: Table,
      run: (e) => e.chain().focus().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run(),
      enabled: () => !state().table,
    },
    {
      id: "addRow",
      label: t.addRow,
      icon: TableRowsSplit,
      run: (e) => e.chain().focus().addRowAfter().run(),
      tableOnly: true,
    },
    {
      id: "addColumn",
      label: t.addColumn,
      icon: TableColumnsSplit,
      run: (e) => e.chain().focus().addColumnAfter().run(),
      tableOnly: true,
    },
    {
      id: "deleteTable",
      label: t.deleteTable,
      icon: Trash,
      run: (e) => e.chain().focus().deleteTable().run(),
      tableOnly: true,
    },
    {
      id: "undo",
      label: t.undo,
      icon: Undo2,
      run: (e) => e.chain().focus().undo().run(),
      enabled: () => state().canUndo,
    },
    {
      id: "redo",
      label: t.redo,
      icon: Redo2,
      run: (e) => e.chain().focus().redo().run(),
      enabled: () => state().canRedo,
    },
  ];
  const visibleButtons = () => buttons.filter((button) => !button.tableOnly || state().table);

  /** Roving tabindex: arrow keys, Home and End move along the toolbar (WAI-ARIA toolbar pattern). */
  const onToolbarKey = (event: KeyboardEvent) => {
    const count = visibleButtons().length;
    const moves: Record<string, number> = {
      ArrowRight: (focusIndex() + 1) % count,
      ArrowLeft: (focusIndex() - 1 + count) % count,
      Home: 0,
      End: count - 1,
    };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    setFocusIndex(next);
    toolbar?.querySelectorAll<HTMLButtonElement>("button")[next]?.focus();
  };

  function openLink() {
    setLinkError(null);
    setLinkOpen(true);
  }
  function openImage() {
    setImageError(null);
    setImageOpen(true);
  }

  const applyLink = (form: HTMLFormElement) => {
    const current = editor();
    if (!current) return;
    const url = String(new FormData(form).get("url") ?? "").trim();
    if (!url) {
      current.chain().focus().extendMarkRange("link").unsetLink().run();
      setLinkOpen(false);
      return;
    }
    if (!/^(https?:\/\/[^\s]+|\/[^\s]*|mailto:[^\s]+)$/i.test(url)) {
      setLinkError(publishingStrings.linkDialog.invalid);
      return;
    }
    current.chain().focus().extendMarkRange("link").setLink({ href: url }).run();
    setLinkOpen(false);
  };

  const insertImage = async (form: HTMLFormElement) => {
    const current = editor();
    if (!current) return;
    const data = new FormData(form);
    const file = data.get("file");
    const alt = String(data.get("alt") ?? "").trim();
    if (!(file instanceof File) || file.size === 0) return setImageError(publishingStrings.imageDialog.fileRequired);
    if (!isSupportedImage(file)) return setImageError(publishingStrings.upload.notAnImage);
    if (!alt) return setImageError(publishingStrings.imageDialog.altRequired);
    setImageError(null);
    setUploading(publishingStrings.upload.uploading(file.name, 0));
    const result = await props.upload(file, (percent) =>
      setUploading(publishingStrings.upload.uploading(file.name, percent)),
    );
    setUploading(null);
    if (!result.ok) return setImageError(result.message);
    current
      .chain()
      .focus()
      .setImage({
        src: result.media.url,
        alt,
        ...(result.media.width ? { width: result.media.width } : {}),
        ...(result.media.height ? { height: result.media.height } : {}),
      })
      .run();
    setImageOpen(false);
  };

  onCleanup(() => editor()?.destroy());

  const linkValue = () => (editor()?.getAttributes("link").href as string | undefined) ?? "";

  return (
    <div class="editor" classList={{ "editor--invalid": !!props.invalid }}>
      <div
        ref={toolbar}
        class="editor__toolbar"
        role="toolbar"
        aria-label={t.label}
        aria-controls={ids.surface}
        onKeyDown={onToolbarKey}
      >
        <For each={visibleButtons()}>
          {(button, index) => (
            <button
              type="button"
              class="editor__tool"
              aria-label={button.label}
              title={button.label}
              aria-pressed={button.active ? (button.active(editor() as Editor) ? "true" : "false") : undefined}
              tabindex={index() === Math.min(focusIndex(), visibleButtons().length - 1) ? 0 : -1}
              disabled={!editor() || props.disabled || (button.enabled ? !button.enabled(editor() as Editor) : false)}
              onFocus={() => setFocusIndex(index())}
              onClick={() => {
                const current = editor();
                if (current) button.run(current);
              }}
            >
              <button.icon size={22} aria-hidden="true" />
            </button>
          )}
        </For>
      </div>
      <div ref={element} class="editor__surface" />
      <Show when={pasteNote()}>{(note) => <p class="notice editor__note">{note()}</p>}</Show>

      <ActionDialog
        open={linkOpen()}
        title={publishingStrings.linkDialog.title}
        submitLabel={publishingStrings.linkDialog.apply}
        busy={false}
        error={linkError()}
        onSubmit={applyLink}
        onClose={() => setLinkOpen(false)}
      >
        <div class="field">
          <label class="field__label" for={ids.url}>
            {publishingStrings.linkDialog.url}
          </label>
          <p class="field__hint">{publishingStrings.linkDialog.urlHint}</p>
          <input
            id={ids.url}
            name="url"
            type="url"
            inputMode="url"
            class="field__input"
            autocomplete="off"
            placeholder="https://"
            value={linkOpen() ? linkValue() : ""}
          />
        </div>
      </ActionDialog>

      <ActionDialog
        open={imageOpen()}
        title={publishingStrings.imageDialog.title}
        submitLabel={publishingStrings.imageDialog.insert}
        busy={uploading() !== null}
        error={imageError()}
        onSubmit={(form) => void insertImage(form)}
        onClose={() => setImageOpen(false)}
      >
        <div class="field">
          <label class="field__label" for={ids.file}>
            {publishingStrings.imageDialog.file}
          </label>
          <input id={ids.file} name="file" type="file" accept={IMAGE_ACCEPT} class="field__file" />
        </div>
        <div class="field">
          <label class="field__label" for={ids.alt}>
            {publishingStrings.imageDialog.alt}
          </label>
          <p id={ids.altHint} class="field__hint">
            {publishingStrings.imageDialog.altHint}
          </p>
          <input id={ids.alt} name="alt" type="text" class="field__input" aria-describedby={ids.altHint} />
        </div>
        <Show when={uploading()}>
          {(message) => (
            <p class="inline-note" role="status">
              {message()}
            </p>
          )}
        </Show>
      </ActionDialog>
    </div>
  );
}
