import Download from "lucide-solid/icons/download";
import FileCheck from "lucide-solid/icons/file-check";
import { createResource, createSignal, createUniqueId, For, Show } from "solid-js";
import { idbChecklistStore, loadTicks, saveTicks, toggleTick } from "./checklist-store";
import { copiesText, safeHttpUrl } from "./guide-format";
import { guideStrings } from "./strings";

export interface ChecklistMaterial {
  id: string;
  name: string;
  /** ORIGINAL, COPY, ORIGINAL_AND_COPY … (labels in strings.ts; an unknown one shows as is). */
  form: string;
  copies: number | null;
  required: boolean;
  note?: string | null;
  templateUrl?: string | null;
  sampleUrl?: string | null;
}

/**
 * 申请材料 as a checklist the citizen ticks while gathering papers. The ticks stay on this
 * device for this guide revision (checklist-store.ts), offline too. The download links sit
 * outside the labels, so a tap on a link never toggles the box and each control has one name.
 */
export function MaterialsChecklist(props: { slug: string; revision: string; materials: readonly ChecklistMaterial[] }) {
  const strings = guideStrings.checklist;
  const store = idbChecklistStore();
  const ids = () => props.materials.map((material) => material.id);
  const [stored] = createResource(
    () => ({ slug: props.slug, revision: props.revision, ids: ids() }),
    (key) => loadTicks(store, key.slug, key.revision, key.ids),
  );
  // The citizen's ticks of this visit; undefined until they tick, then they win over the stored ones.
  const [local, setLocal] = createSignal<{ key: string; ticked: Set<string> } | undefined>();
  const [saveFailed, setSaveFailed] = createSignal(store === null);
  const key = () => `${props.slug}@${props.revision}`;
  const ticked = (): ReadonlySet<string> => {
    const mine = local();
    if (mine && mine.key === key()) return mine.ticked;
    return stored.latest ?? new Set();
  };

  const toggle = (materialId: string, checked: boolean) => {
    const record = toggleTick(ticked(), materialId, checked, props.revision, new Date());
    setLocal({ key: key(), ticked: new Set(record.ticked) });
    void saveTicks(store, props.slug, record).then((saved) => setSaveFailed(!saved));
  };

  const doneCount = () => props.materials.filter((material) => ticked().has(material.id)).length;
  const missingRequired = () =>
    props.materials.filter((material) => material.required && !ticked().has(material.id)).length;
  const headingId = createUniqueId();

  return (
    <section class="guide-section materials" aria-labelledby={headingId}>
      <div class="materials__header">
        <h2 id={headingId} class="section-title">
          {guideStrings.guide.materialsHeading}
        </h2>
        {/* Announced as it changes; the numbers also let the citizen see at a glance what is left. */}
        <p class="materials__progress" role="status">
          <FileCheck size={20} aria-hidden="true" />
          <span>
            {strings.progress(doneCount(), props.materials.length)}
            {"，"}
            {missingRequired() === 0 ? strings.allRequiredReady : strings.missingRequired(missingRequired())}
          </span>
        </p>
      </div>
      <p class="inline-note materials__intro">{strings.intro}</p>
      <Show when={saveFailed()}>
        <p class="notice">{strings.notSaved}</p>
      </Show>
      <ol class="materials__list">
        <For each={props.materials}>
          {(material, index) => {
            const inputId = createUniqueId();
            const detailId = createUniqueId();
            const template = () => safeHttpUrl(material.templateUrl);
            const sample = () => safeHttpUrl(material.sampleUrl);
            return (
              <li class="material" classList={{ "material--done": ticked().has(material.id) }}>
                <input
                  id={inputId}
                  class="material__check"
                  type="checkbox"
                  checked={ticked().has(material.id)}
                  // Until the device's ticks are read, a tap would overwrite them with this one alone.
                  disabled={store !== null && stored.latest === undefined}
                  aria-describedby={detailId}
                  onChange={(event) => toggle(material.id, event.currentTarget.checked)}
                />
                <div class="material__body">
                  <label for={inputId} class="material__name">
                    <span class="material__number" aria-hidden="true">
                      {index() + 1}.
                    </span>
                    {material.name}
                  </label>
                  <p id={detailId} class="material__tags">
                    <span class="material__tag" classList={{ "material__tag--required": material.required }}>
                      {material.required ? strings.required : strings.optional}
                    </span>
                    <span class="material__tag">{strings.materialForm[material.form] ?? material.form}</span>
                    <Show when={copiesText(material.copies)}>
                      {(copies) => <span class="material__tag">{copies()}</span>}
                    </Show>
                    <Show when={material.note}>{(note) => <span class="material__note">{note()}</span>}</Show>
                  </p>
                  <Show when={template() || sample()}>
                    <p class="material__downloads">
                      <Show when={template()}>
                        {(href) => (
                          <a href={href()} class="material__download" download="">
                            <Download size={16} aria-hidden="true" />
                            {strings.template}
                            <span class="visually-hidden">：{material.name}</span>
                          </a>
                        )}
                      </Show>
                      <Show when={sample()}>
                        {(href) => (
                          <a href={href()} class="material__download" download="">
                            <Download size={16} aria-hidden="true" />
                            {strings.sample}
                            <span class="visually-hidden">：{material.name}</span>
                          </a>
                        )}
                      </Show>
                    </p>
                  </Show>
                </div>
              </li>
            );
          }}
        </For>
      </ol>
    </section>
  );
}
