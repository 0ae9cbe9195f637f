// Registering a child: the form's actions, so it works before (and without)
// the page's JavaScript; adding or removing a guardian or a language row
// without JavaScript posts to `draft`, which hands the typed form back with the change.
import { draftAction } from "$lib/forms/row-draft";
import { registerChildAction } from "$lib/features/counselling/child-actions";
import type { Actions } from "./$types";

export const actions: Actions = { register: registerChildAction, draft: draftAction };
