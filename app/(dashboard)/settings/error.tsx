"use client";

// The dashboard's error view, placed inside the settings layout so the tabs stay on screen and
// the user can move on to another settings page.
export { default } from "../error";
