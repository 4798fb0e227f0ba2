// A project's images and documents: uploaded through the editor's media endpoint (the same upload
// as the cover image and attachments), or a link typed in; each row names the file for citizens.
import { createUniqueId, type JSX, Show } from "solid-js";
import { fileTypeLabel, formatFileSize } from "../attachments";
import { IMAGE_ACCEPT, isSupportedImage, uploadMedia } from "../media-upload";
import { publishingStrings } from "../strings";
import { createUploadStatus, FilePicker } from "../upload-fields";
import { RepeatableRows, TextField } from "./fields";
import type { FileRow } from "./project-details-state";

const strings = publishingStrings.details;
const uploadStrings = publishingStrings.upload;

/** What the media endpoint stores as documents (server/src/modules/media/media-types.ts). */
const DOCUMENT_ACCEPT = [
  ".pdf",
  ".doc",
  ".docx",
  ".xls",
  ".xlsx",
  ".pptx",
  ".zip",
  "application/pdf",
  "application/msword",
  "application/vnd.ms-excel",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  "application/zip",
].join(",");

/** Binary glTF, which the media endpoint stores as a download (media-types.ts). */
const MODEL_ACCEPT = ".glb,model/gltf-binary";

/** "总平面图.png" → "总平面图": an image's name is its caption. */
const withoutExtension = (name: string) => name.replace(/\.[a-z0-9]{1,5}$/i, "") || name;

/** 三维模型: a .glb uploaded to /media, or the address of a model elsewhere (3D Tiles…). */
export function ModelUrlField(props: {
  label: string;
  hint: string;
  uploadLabel: string;
  value: string;
  onValue: (url: string) => void;
}): JSX.Element {
  const pickerId = createUniqueId();
  const status = createUploadStatus({ class: "details-rows__status" });
  const upload = async (file: File) => {
    status.setError(null);
    status.setProgress(uploadStrings.uploading(file.name, 0));
    const result = await uploadMedia(file, {
      onProgress: (percent) => status.setProgress(uploadStrings.uploading(file.name, percent)),
    });
    status.setProgress(null);
    if (!result.ok) return status.setError(`${file.name}：${result.message}`);
    props.onValue(result.media.url);
  };
  return (
    <div class="details-model">
      <TextField label={props.label} field="modelUrl" hint={props.hint} value={props.value} onValue={props.onValue} />
      <FilePicker
        id={pickerId}
        label={props.uploadLabel}
        accept={MODEL_ACCEPT}
        disabled={status.progress() !== null}
        describedBy={status.id}
        onFiles={(files) => {
          const [file] = files;
          if (file) void upload(file);
        }}
      />
      {status.view()}
    </div>
  );
}

export function MediaRows(props: {
  variant: "images" | "documents";
  legend: string;
  rowName: string;
  nameLabel: string;
  uploadLabel: string;
  linkLabel: string;
  rows: readonly FileRow[];
  edit: (change: (rows: FileRow[]) => void) => void;
}): JSX.Element {
  const pickerId = createUniqueId();
  const {
    id: statusId,
    progress,
    setProgress,
    setError,
    view: statusView,
  } = createUploadStatus({ class: "details-rows__status" });
  const images = () => props.variant === "images";

  const upload = async (files: File[], add: (...rows: FileRow[]) => void) => {
    setError(null);
    for (const file of files) {
      if (images() && !isSupportedImage(file)) {
        setError(`${file.name}：${uploadStrings.notAnImage}`);
        break;
      }
      setProgress(uploadStrings.uploading(file.name, 0));
      const result = await uploadMedia(file, {
        onProgress: (percent) => setProgress(uploadStrings.uploading(file.name, percent)),
      });
      if (!result.ok) {
        setError(`${file.name}：${result.message}`);
        break;
      }
      const name = result.media.name || file.name;
      // Each file joins the list as soon as it is stored: a later failure loses nothing.
      add({
        name: images() ? withoutExtension(name) : name,
        url: result.media.url,
        size: result.media.size || file.size,
        mimeType: result.media.mimeType || file.type,
      });
    }
    setProgress(null);
  };

  return (
    <RepeatableRows
      legend={props.legend}
      rowName={props.rowName}
      field={props.variant}
      rows={props.rows}
      edit={props.edit}
      newRow={() => ({ name: "", url: "", size: null, mimeType: "" })}
      addLabel={props.linkLabel}
      adders={(add) => (
        <>
          <FilePicker
            id={pickerId}
            label={props.uploadLabel}
            accept={images() ? IMAGE_ACCEPT : DOCUMENT_ACCEPT}
            multiple
            disabled={progress() !== null}
            describedBy={statusId}
            onFiles={(files) => void upload(files, add)}
          />
          {statusView()}
        </>
      )}
    >
      {(row, index, edit) => (
        <>
          <Show when={images() && row.url}>
            <img class="details-file__preview" src={row.url} alt="" loading="lazy" />
          </Show>
          <TextField
            label={props.nameLabel}
            field={`${props.variant}.${index()}.name`}
            value={row.name}
            onValue={edit.set("name")}
          />
          <TextField
            label={strings.fileUrl}
            field={`${props.variant}.${index()}.url`}
            hint={strings.fileUrlHint}
            value={row.url}
            onValue={(url) =>
              edit.change((r) => {
                r.url = url;
                // Typed by hand, the link may be another file: what the upload said no longer holds.
                r.size = null;
                r.mimeType = "";
              })
            }
          />
          <Show when={row.size !== null}>
            <p class="inline-note">{strings.fileMeta(fileTypeLabel(row), formatFileSize(row.size ?? 0))}</p>
          </Show>
        </>
      )}
    </RepeatableRows>
  );
}
