import { A } from "@solidjs/router";
import { PageHeading } from "../../lib/page-heading";
import { shellStrings } from "./strings";

export default function NotFoundPage() {
  return (
    <section class="page">
      <PageHeading>{shellStrings.notFound.title}</PageHeading>
      <p>{shellStrings.notFound.body}</p>
      <p>
        <A href="/">{shellStrings.notFound.home}</A>
      </p>
    </section>
  );
}
