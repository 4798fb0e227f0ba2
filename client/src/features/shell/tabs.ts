import FolderSearch from "lucide-solid/icons/folder-search";
import House from "lucide-solid/icons/house";
import MessagesSquare from "lucide-solid/icons/messages-square";
import Newspaper from "lucide-solid/icons/newspaper";
import UserRound from "lucide-solid/icons/user-round";
import type { Component } from "solid-js";
import { shellStrings } from "./strings";

export interface Tab {
  href: string;
  label: string;
  icon: Component<{ size?: number; "aria-hidden"?: boolean | "true" | "false" }>;
  /** Match the path exactly (only "/" needs this). */
  end?: boolean;
}

/** The bottom tab bar, in order. Adding a section (资讯, 查询, 地图, 互动) is one line here. */
export const tabs: readonly Tab[] = [
  { href: "/", label: shellStrings.tabs.home, icon: House, end: true },
  { href: "/news", label: shellStrings.tabs.news, icon: Newspaper },
  { href: "/query", label: shellStrings.tabs.query, icon: FolderSearch },
  { href: "/letters", label: shellStrings.tabs.letters, icon: MessagesSquare },
  { href: "/me", label: shellStrings.tabs.me, icon: UserRound },
];
