import { A, useParams } from "@solidjs/router";
import { createQuery } from "@urql/solid";
import Paperclip from "lucide-solid/icons/paperclip";
import Star from "lucide-solid/icons/star";
import { createMemo, For, type JSX, Show } from "solid-js";
import { OfflineCacheNote } from "../../lib/data-states";
import { formatDate } from "../../lib/dates";
import { DetailPage } from "../../lib/detail-page";
import { graphql, type ResultOf } from "../../lib/graphql";
import { isOnline } from "../../lib/online";
import { PageHeading } from "../../lib/page-heading";
import { decodeParam } from "../../lib/route-params";
import "../content/content.css";
import { fileTypeLabel, formatFileSize } from "../content/file-format";
import { itemPath } from "../content/paths";
import { ShareActions } from "../content/share-actions";
import { topicPath } from "../topics/paths";
import { FilterOptionsQuery, hotAreaTitle } from "./filter-options";
import {
  formatArea,
  formatHeight,
  formatPercent,
  formatQuarter,
  formatRatio,
  isPublicity,
  locationText,
} from "./format";
import { PROJECTS_PATH } from "./paths";
import { PermitTimeline, PermitTimeline_PermitFragment } from "./permit-timeline-view";
import "./projects.css";
import { MediaImage } from "../../lib/media-image";
import { StageProgress } from "./stage-progress";
import { stageLabel } from "./stages";
import { projectsStrings } from "./strings";

const ProjectQuery = graphql(
  `
  query ProjectPage_Project($code: String!) {
    project(code: $code) {
      id
      code
      name
      applicant
      district
      address
      stage
      keyProject
      hotAreaSlug
      landUseClass {
        code
        name
      }
      landAreaM2
      totalFloorAreaM2
      floorAreaRatio
      greenRatioPercent
      buildingDensityPercent
      heightLimitM
      center {
        lng
        lat
      }
      permits {
        id
        ...PermitTimeline_Permit
      }
      progress {
        quarter
        stage
        note
      }
      images {
        name
        url
      }
      documents {
        name
        url
        size
        mimeType
      }
      item {
        id
        summary
        body
        publishedAt
      }
      related {
        id
        slug
        kind
        title
        publishedAt
      }
    }
  }
`,
  [PermitTimeline_PermitFragment],
);

type Project = NonNullable<ResultOf<typeof ProjectQuery>["project"]>;

/** /query/projects/:code — one project: stage, indicators, permits, progress, related publicity. */
export default function ProjectPage() {
  const rawParams = useParams<{ code: string }>();
  const code = () => decodeParam(rawParams.code);
  const [result, reexecute] = createQuery({
    query: ProjectQuery,
    variables: () => ({ code: code() }),
    requestPolicy: "cache-and-network",
  });
  return (
    <DetailPage
      result={result}
      answer={result.data?.project}
      // Codes are compared without spaces and case, as the server compares them.
      matches={(found) => normalizeCode(found.code) === normalizeCode(code())}
      onRetry={() => reexecute({ requestPolicy: "network-only" })}
      notFound={{
        title: projectsStrings.project.notFound.title,
        body: projectsStrings.project.notFound.body,
        back: { href: PROJECTS_PATH, label: projectsStrings.project.notFound.back },
      }}
    >
      {(project) => <ProjectArticle project={project} />}
    </DetailPage>
  );
}

function normalizeCode(value: string): string {
  return value.normalize("NFKC").replace(/\s+/g, "").toUpperCase();
}

function ProjectArticle(props: { project: Project }) {
  const strings = projectsStrings.project;
  const project = () => props.project;
  // Hot-area titles come with the filter choices (usually cached from the lookup already).
  const [hotAreas] = createQuery({ query: FilterOptionsQuery, requestPolicy: "cache-first" });
  const publicity = createMemo(() => project().related.filter((item) => isPublicity(item.kind)));
  const news = createMemo(() => project().related.filter((item) => !isPublicity(item.kind)));

  return (
    <article class="item project" style={{ "--print-origin": JSON.stringify(window.location.origin) }}>
      <Show when={!isOnline()}>
        <OfflineCacheNote />
      </Show>
      <header class="project__header">
        <p class="project-card__marks">
          <span class="stage-badge">{stageLabel(project().stage)}</span>
          <Show when={project().keyProject}>
            <span class="key-mark">
              <Star size={14} aria-hidden="true" />
              {projectsStrings.card.keyProject}
            </span>
          </Show>
        </p>
        <PageHeading>{project().name}</PageHeading>
        <dl class="details">
          <Fact label={strings.code}>
            <span class="project__code">{project().code}</span>
          </Fact>
          <Fact label={strings.applicant}>{project().applicant}</Fact>
          <Fact label={strings.district}>{project().district}</Fact>
          <Fact label={strings.address}>{project().address}</Fact>
          <Fact label={strings.location}>{locationText(project().center)}</Fact>
          <Show when={project().hotAreaSlug}>
            {(slug) => (
              <Fact label={strings.hotArea}>
                <A href={topicPath(slug())}>{hotAreaTitle(hotAreas.data, slug())}</A>
              </Fact>
            )}
          </Show>
          <Show when={project().item.publishedAt}>
            {(at) => (
              <Fact label={strings.updatedAt}>
                <time datetime={at()}>{formatDate(at())}</time>
              </Fact>
            )}
          </Show>
        </dl>
      </header>

      <section class="item-section" aria-labelledby="stage-heading">
        <h2 id="stage-heading" class="section-title">
          {strings.stageHeading}
        </h2>
        <StageProgress stage={project().stage} labelledBy="stage-heading" />
      </section>

      <Show when={project().item.summary}>{(summary) => <p class="page-intro">{summary()}</p>}</Show>
      {/* The server sanitises the body (allow-listed tags and attributes); nothing else is ever injected. */}
      <Show when={project().item.body}>{(body) => <div class="prose" innerHTML={body()} />}</Show>

      <section class="item-section" aria-labelledby="indicators-heading">
        <h2 id="indicators-heading" class="section-title">
          {strings.indicators}
        </h2>
        <IndicatorsTable project={project()} />
      </section>

      <section class="item-section" aria-labelledby="permits-heading">
        <h2 id="permits-heading" class="section-title">
          {strings.permits}
        </h2>
        <PermitTimeline permits={project().permits} />
      </section>

      <Show when={project().progress.length > 0}>
        <section class="item-section" aria-labelledby="progress-heading">
          <h2 id="progress-heading" class="section-title">
            {strings.progress}
          </h2>
          <ol class="progress-notes">
            <For each={project().progress}>
              {(note) => (
                <li>
                  <p class="progress-notes__quarter">
                    {formatQuarter(note.quarter)} · {stageLabel(note.stage)}
                  </p>
                  <p>{note.note}</p>
                </li>
              )}
            </For>
          </ol>
        </section>
      </Show>

      <RelatedList id="publicity-heading" title={strings.publicity} items={publicity()} />
      <RelatedList id="news-heading" title={strings.news} items={news()} />

      <Show when={project().documents.length > 0}>
        <section class="item-section" aria-labelledby="documents-heading">
          <h2 id="documents-heading" class="section-title">
            {strings.documents}
          </h2>
          <ul class="attachment-list">
            <For each={project().documents}>
              {(document) => (
                <li>
                  <a href={document.url} class="attachment" download={document.name}>
                    <Paperclip size={20} aria-hidden="true" />
                    <span class="attachment__text">
                      <span class="attachment__name">{document.name}</span>
                      <span class="attachment__meta">
                        {[fileTypeLabel(document.mimeType, document.name), formatFileSize(document.size)]
                          .filter(Boolean)
                          .join(" · ")}
                      </span>
                    </span>
                  </a>
                </li>
              )}
            </For>
          </ul>
        </section>
      </Show>

      <Show when={project().images.length > 0}>
        <section class="item-section" aria-labelledby="images-heading">
          <h2 id="images-heading" class="section-title">
            {strings.images}
          </h2>
          <ul class="project-images">
            <For each={project().images}>
              {(image) => (
                <li>
                  <figure>
                    <MediaImage
                      src={image.url}
                      alt={image.name}
                      width={640}
                      height={480}
                      // Two to a row from 32rem (the grid's 16rem minimum), one on a phone.
                      sizes="(min-width: 40rem) 20rem, (min-width: 32rem) 50vw, 100vw"
                    />
                    <figcaption>{image.name}</figcaption>
                  </figure>
                </li>
              )}
            </For>
          </ul>
        </section>
      </Show>

      <ShareActions title={project().name} />
      <p class="print-only">
        {strings.printedFrom}
        {window.location.href}
      </p>
    </article>
  );
}

function Fact(props: { label: string; children: JSX.Element }) {
  return (
    <div class="details__row">
      <dt>{props.label}</dt>
      <dd>{props.children}</dd>
    </div>
  );
}

/** 主要规划指标 as a two-column table; a figure the permit does not give shows a dash. */
function IndicatorsTable(props: { project: Project }) {
  const strings = projectsStrings.project;
  const rows = () => {
    const p = props.project;
    return [
      [strings.landUse, `${p.landUseClass.name}（${p.landUseClass.code}）`],
      [strings.landArea, formatArea(p.landAreaM2)],
      [strings.floorArea, formatArea(p.totalFloorAreaM2)],
      [strings.floorAreaRatio, formatRatio(p.floorAreaRatio)],
      [strings.greenRatio, formatPercent(p.greenRatioPercent)],
      [strings.buildingDensity, formatPercent(p.buildingDensityPercent)],
      [strings.heightLimit, formatHeight(p.heightLimitM)],
    ] as const;
  };
  return (
    <table class="meta-table indicators">
      <tbody>
        <For each={rows()}>
          {([label, value]) => (
            <tr>
              <th scope="row">{label}</th>
              <td>{value || strings.notGiven}</td>
            </tr>
          )}
        </For>
      </tbody>
    </table>
  );
}

function RelatedList(props: { id: string; title: string; items: Project["related"] }) {
  return (
    <Show when={props.items.length > 0}>
      <section class="item-section project-related" aria-labelledby={props.id}>
        <h2 id={props.id} class="section-title">
          {props.title}
        </h2>
        <ul class="link-list">
          <For each={props.items}>
            {(item) => (
              <li>
                <A href={itemPath(item)}>{item.title}</A>
                <Show when={item.publishedAt}>
                  {(at) => (
                    <time class="link-list__date" datetime={at()}>
                      {formatDate(at())}
                    </time>
                  )}
                </Show>
              </li>
            )}
          </For>
        </ul>
      </section>
    </Show>
  );
}
