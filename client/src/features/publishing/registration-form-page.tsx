import { A, useParams } from "@solidjs/router";
import { createQuery } from "@urql/solid";
import ChevronLeft from "lucide-solid/icons/chevron-left";
import Download from "lucide-solid/icons/download";
import Printer from "lucide-solid/icons/printer";
import { Show } from "solid-js";
import { OfflineCacheNote } from "../../lib/data-states";
import { formatDateTime } from "../../lib/dates";
import { graphql } from "../../lib/graphql";
import { isOnline } from "../../lib/online";
import { PageHeading } from "../../lib/page-heading";
import { commonStrings } from "../../lib/strings";
import { viewState } from "../../lib/view-state";
import { contentKindLabel } from "../home/content-kind";
import { downloadCsv } from "./csv";
import { itemPath, paramToId } from "./paths";
import "./publishing.css";
import { registrationCsv } from "./registration-form";
import { RegistrationTable, RegistrationTable_ReviewRecordFragment, readRecords } from "./registration-table";
import { StaffDataView } from "./staff-view";
import { publishingStrings } from "./strings";

const RegistrationFormQuery = graphql(
  `
  query RegistrationFormPage_Item($id: ID!) {
    contentItem(id: $id) {
      id
      kind
      title
      column {
        id
        name
      }
      author {
        id
        displayName
      }
      disclosure {
        indexNumber
      }
      draft {
        id
        title
      }
      registrationForm {
        id
        ...RegistrationTable_ReviewRecord
      }
    }
  }
`,
  [RegistrationTable_ReviewRecordFragment],
);

const strings = publishingStrings.form;

/**
 * /staff/items/:id/form — 信息发布审核登记表 laid out for A4 (print stylesheet in publishing.css:
 * the app's header, tab bar and these buttons disappear on paper), and its CSV export.
 */
export default function RegistrationFormPage() {
  const params = useParams<{ id: string }>();
  const [result, reexecute] = createQuery({
    query: RegistrationFormQuery,
    variables: () => ({ id: paramToId(params.id) }),
    requestPolicy: "cache-and-network",
  });
  const item = () => result.data?.contentItem;
  const state = () =>
    viewState({
      fetching: result.fetching,
      hasData: result.data?.contentItem !== undefined,
      isEmpty: result.data !== undefined && result.data.contentItem === null,
      hasError: result.error !== undefined,
      online: isOnline(),
    });
  const retry = () => reexecute({ requestPolicy: "network-only" });

  const exportCsv = () => {
    const current = item();
    if (!current) return;
    const title = current.draft?.title ?? current.title;
    const csv = registrationCsv(
      {
        title,
        indexNumber: current.disclosure?.indexNumber,
        kind: contentKindLabel(current.kind),
        column: current.column.name,
        author: current.author?.displayName,
      },
      readRecords(current.registrationForm),
    );
    downloadCsv(`${strings.fileName}-${title}`, csv);
  };

  return (
    <section class="page staff-page registration-print" aria-busy={state() === "loading"}>
      <Show when={item()}>
        {(current) => (
          <A href={itemPath(current().id)} class="back-link no-print">
            <ChevronLeft size={20} aria-hidden="true" />
            {strings.back}
          </A>
        )}
      </Show>
      <Show when={!isOnline() && item() !== undefined}>
        <OfflineCacheNote />
      </Show>
      <StaffDataView
        state={state()}
        error={result.error}
        onRetry={retry}
        emptyText={commonStrings.errors.notFound}
        skeletonCount={2}
      >
        <Show when={item()}>
          {(current) => (
            <>
              <header class="print-header">
                <p class="print-header__bureau">{publishingStrings.bureauName}</p>
                <PageHeading>{strings.title}</PageHeading>
              </header>
              <dl class="details details--wide print-meta">
                <div class="details__row">
                  <dt>{strings.item}</dt>
                  <dd>{current().draft?.title ?? current().title}</dd>
                </div>
                <Show when={current().disclosure?.indexNumber}>
                  {(indexNumber) => (
                    <div class="details__row">
                      <dt>{strings.indexNumber}</dt>
                      <dd>{indexNumber()}</dd>
                    </div>
                  )}
                </Show>
                <div class="details__row">
                  <dt>{strings.kind}</dt>
                  <dd>{contentKindLabel(current().kind)}</dd>
                </div>
                <div class="details__row">
                  <dt>{strings.column}</dt>
                  <dd>{current().column.name}</dd>
                </div>
                <Show when={current().author}>
                  {(author) => (
                    <div class="details__row">
                      <dt>{strings.author}</dt>
                      <dd>{author().displayName}</dd>
                    </div>
                  )}
                </Show>
              </dl>
              <p class="print-only inline-note">
                {strings.printedAt}：{formatDateTime(new Date().toISOString())}
              </p>
              <div class="button-row no-print">
                <button type="button" class="button" onClick={() => window.print()}>
                  <Printer size={20} aria-hidden="true" />
                  {strings.print}
                </button>
                <button type="button" class="button button--secondary" onClick={exportCsv}>
                  <Download size={20} aria-hidden="true" />
                  {strings.exportCsv}
                </button>
              </div>
              <RegistrationTable records={current().registrationForm} />
            </>
          )}
        </Show>
      </StaffDataView>
    </section>
  );
}
