// UI text comes from Paraglide's compiled message functions:
//   import { m } from "$lib/paraglide/messages.js";  m.login_title()
// A page's bundle holds only the messages it calls. Tables that pick a text at run
// time (form problems, navigation) hold the message functions themselves.
/** A message without inputs, as kept in tables (`problems.email = m.validation_email`). */
export type Message = () => string;
