// What the notification panel needs to word a notification and its time. NotificationBell
// loads it with the first notification it shows: the bell is on every page, the panel's
// texts, dates and language names are wanted only once it opens or a notification arrives.
export { formatBerlinDateTime } from "@lotse/domain/berlin-time";
export { notificationText } from "./notification-text";
