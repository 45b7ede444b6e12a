namespace Signpost.Web.Features.Editor.Scheduling;

/// <summary>How a scheduled item is named in lists, and the audit target its immediate steps write (e.g. "page:help/camhs").</summary>
public sealed record ScheduledItem(string Name, string OrganisationName, string AuditTarget);
