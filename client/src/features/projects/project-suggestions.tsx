import { createUniqueId, For, Show } from "solid-js";
import { type FragmentOf, graphql, readFragment } from "../../lib/graphql";
import { ProjectCard, ProjectCard_ProjectFragment } from "./project-card";
import { projectsStrings } from "./strings";

export const ProjectSuggestions_Fragment = graphql(
  `
  fragment ProjectSuggestions on ProjectSuggestions {
    similar {
      id
      ...ProjectCard_Project
    }
    recentKeyProjects {
      id
      ...ProjectCard_Project
    }
  }
`,
  [ProjectCard_ProjectFragment],
);

/** What the server offers when a lookup found nothing: similar names, then recent key projects. */
export function ProjectSuggestions(props: { suggestions: FragmentOf<typeof ProjectSuggestions_Fragment> }) {
  const strings = projectsStrings.empty;
  const suggestions = () => readFragment(ProjectSuggestions_Fragment, props.suggestions);
  const similarId = createUniqueId();
  const keyId = createUniqueId();
  return (
    <>
      <Show when={suggestions().similar.length > 0}>
        <section class="project-suggestions" aria-labelledby={similarId}>
          <h2 id={similarId} class="section-title">
            {strings.similar}
          </h2>
          <ul class="item-list">
            <For each={suggestions().similar}>
              {(project) => (
                <li>
                  <ProjectCard project={project} headingLevel={3} />
                </li>
              )}
            </For>
          </ul>
        </section>
      </Show>
      <Show when={suggestions().recentKeyProjects.length > 0}>
        <section class="project-suggestions" aria-labelledby={keyId}>
          <h2 id={keyId} class="section-title">
            {strings.recentKeyProjects}
          </h2>
          <ul class="item-list">
            <For each={suggestions().recentKeyProjects}>
              {(project) => (
                <li>
                  <ProjectCard project={project} headingLevel={3} />
                </li>
              )}
            </For>
          </ul>
        </section>
      </Show>
    </>
  );
}
