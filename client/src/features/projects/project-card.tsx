import { A } from "@solidjs/router";
import Star from "lucide-solid/icons/star";
import { type JSX, Show } from "solid-js";
import { type FragmentOf, graphql, readFragment } from "../../lib/graphql";
import { formatDay, permitTypeLabel } from "./format";
import { projectPath } from "./paths";
import { latestPermit } from "./permit-timeline";
import { StageBadge } from "./stage-progress";
import { stageLabel } from "./stages";
import { projectsStrings } from "./strings";

export const ProjectCard_ProjectFragment = graphql(`
  fragment ProjectCard_Project on Project {
    id
    code
    name
    stage
    district
    keyProject
    permits {
      id
      type
      number
      issuedOn
    }
  }
`);

/**
 * One project in a list: name (the link; the whole card is its target), stage, key-project mark,
 * district and the latest permit. `highlightedName` is the server's HTML with <mark> around the
 * matched words, escaped there; nothing else is ever passed to innerHTML.
 */
export function ProjectCard(props: {
  project: FragmentOf<typeof ProjectCard_ProjectFragment>;
  highlightedName?: string;
  /** Extra lines under the facts (the key-projects page puts the latest progress there). */
  children?: JSX.Element;
  headingLevel?: 2 | 3;
}) {
  const strings = projectsStrings.card;
  const project = () => readFragment(ProjectCard_ProjectFragment, props.project);
  const latest = () => latestPermit(project().permits);
  const link = () => (
    <A href={projectPath(project().code)} class="item-card__link">
      <Show when={props.highlightedName} fallback={project().name}>
        {(html) => <span innerHTML={html()} />}
      </Show>
    </A>
  );
  return (
    <article class="item-card project-card">
      <p class="project-card__marks">
        <StageBadge label={stageLabel(project().stage)} />
        <Show when={project().keyProject}>
          <span class="key-mark">
            <Star size={14} aria-hidden="true" />
            {strings.keyProject}
          </span>
        </Show>
      </p>
      <Show when={props.headingLevel === 3} fallback={<h2 class="item-card__title">{link()}</h2>}>
        <h3 class="item-card__title">{link()}</h3>
      </Show>
      <dl class="project-card__facts">
        <div>
          <dt>{projectsStrings.project.district}</dt>
          <dd>{project().district}</dd>
        </div>
        <div>
          <dt>{strings.latestPermit}</dt>
          <dd>
            <Show when={latest()} fallback={strings.noPermit}>
              {(permit) => (
                <>
                  {permitTypeLabel(permit().type)} {permit().number}
                  <Show when={permit().issuedOn}>
                    {(day) => (
                      <>
                        {" · "}
                        <time datetime={day()}>{formatDay(day())}</time>
                      </>
                    )}
                  </Show>
                </>
              )}
            </Show>
          </dd>
        </div>
      </dl>
      {props.children}
    </article>
  );
}
