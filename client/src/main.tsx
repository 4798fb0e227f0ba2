import { Router } from "@solidjs/router";
import { Provider } from "@urql/solid";
import { render } from "solid-js/web";
import { App } from "./app";
import { client } from "./lib/urql";
import { routes } from "./routes";
import "./styles/tokens.css";
import "./styles/base.css";
import "./styles/print.css";
import "./features/shell/shell.css";

const root = document.getElementById("root");
if (!root) throw new Error('index.html must contain <div id="root">');

render(
  () => (
    <Provider value={client}>
      <Router root={App}>{routes}</Router>
    </Provider>
  ),
  root,
);

// Letters written offline go out when the app starts and whenever the phone is back online.
// A small chunk of its own, after first paint; the outbox loads only when a letter waits.
void import("./features/letters/outbox-start").then((outbox) => outbox.startLetterOutboxWhenNeeded());
