import { A } from "@solidjs/router";
import { For, type JSX, Show } from "solid-js";
import { formatDate } from "../../lib/dates";
import { type FragmentOf, graphql, readFragment } from "../../lib/graphql";
import { catalogPath, itemPath } from "./paths";
import { contentStrings } from "./strings";

export const DisclosureTable_DisclosureFragment = graphql(`
  fragment DisclosureTable_Disclosure on Disclosure {
    indexNumber
    catalog {
      id
      code
      name
    }
    documentNumber
    issuingOrgan
    generatedAt
    disclosureMode
    validity
    replacedBy {
      id
      slug
      title
    }
    replaces {
      id
      slug
      title
    }
  }
`);

type Disclosure = FragmentOf<typeof DisclosureTable_DisclosureFragment>;

function label(map: Readonly<Record<string, string>>, value: string | null | undefined): string {
  return value ? (map[value] ?? value) : "";
}

function Row(props: { label: string; children: JSX.Element }) {
  return (
    <tr>
      <th scope="row">{props.label}</th>
      <td>{props.children}</td>
    </tr>
  );
}

/** 已修改 / 已废止 / 已失效 next to the title; nothing for a valid document. */
export function validityMark(disclosure: Disclosure): string | null {
  const validity = readFragment(DisclosureTable_DisclosureFragment, disclosure).validity;
  return validity && validity !== "VALID" ? label(contentStrings.disclosure.validities, validity) : null;
}

/** The 政务信息公开 metadata every disclosure item shows, as the regulations list it. */
export function DisclosureTable(props: { disclosure: Disclosure }) {
  const strings = contentStrings.disclosure;
  const disclosure = () => readFragment(DisclosureTable_DisclosureFragment, props.disclosure);

  return (
    <section class="item-section" aria-labelledby="disclosure-heading">
      <h2 id="disclosure-heading" class="section-title">
        {strings.heading}
      </h2>
      <table class="meta-table">
        <tbody>
          <Row label={strings.indexNumber}>{disclosure().indexNumber}</Row>
          <Row label={strings.catalog}>
            <Show when={disclosure().catalog}>
              {(catalog) => (
                <A href={catalogPath(catalog().code)}>
                  {catalog().name}（{catalog().code}）
                </A>
              )}
            </Show>
          </Row>
          <Row label={strings.documentNumber}>{disclosure().documentNumber}</Row>
          <Row label={strings.issuingOrgan}>{disclosure().issuingOrgan}</Row>
          <Row label={strings.generatedAt}>
            <Show when={disclosure().generatedAt}>{(at) => <time datetime={at()}>{formatDate(at())}</time>}</Show>
          </Row>
          <Row label={strings.mode}>{label(strings.modes, disclosure().disclosureMode)}</Row>
          <Row label={strings.validity}>
            <span class="validity" data-validity={disclosure().validity ?? undefined}>
              {label(strings.validities, disclosure().validity)}
            </span>
          </Row>
        </tbody>
      </table>
      <Show when={disclosure().replacedBy}>
        {(replacement) => (
          <p class="notice">
            {strings.replacedBy}
            <A href={itemPath(replacement())}>{replacement().title}</A>
          </p>
        )}
      </Show>
      <Show when={disclosure().replaces.length > 0}>
        <div class="replaces">
          <p>{strings.replaces}</p>
          <ul>
            <For each={disclosure().replaces}>
              {(replaced) => (
                <li>
                  <A href={itemPath(replaced)}>{replaced.title}</A>
                </li>
              )}
            </For>
          </ul>
        </div>
      </Show>
    </section>
  );
}
