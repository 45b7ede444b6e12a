using System.Globalization;
using Signpost.Core.Content;
using Signpost.Core.Editorial.Snapshots;
using Signpost.Core.Rules;

namespace Signpost.Core.Editorial.Diff;

/// <summary>
/// What changed between two versions of a service, page, organisation or venue, field by field, in words: values as
/// "before -> after", lists as added and removed items, Markdown line by line. Ids are shown
/// through <paramref name="names"/> so editors see "Youth clubs", not a GUID.
/// </summary>
public static class SnapshotDiff
{
    public const string Empty = "(blank)";

    public static IReadOnlyList<FieldChange> Compare(ServiceSnapshot? before, ServiceSnapshot after, Func<Guid, string> names)
    {
        var old = before ?? new ServiceSnapshot();
        var changes = new List<FieldChange>();
        Value(changes, "Name", old.Name, after.Name);
        Value(changes, "Web address", old.Slug, after.Slug);
        Value(changes, "Summary", old.Summary, after.Summary);
        Text(changes, "Description", old.Description, after.Description);
        Value(changes, "Organisation", Name(old.OrganisationId), Name(after.OrganisationId));
        Value(changes, "Minimum age", Number(old.MinimumAge), Number(after.MinimumAge));
        Value(changes, "Maximum age", Number(old.MaximumAge), Number(after.MaximumAge));
        List(changes, "Who it is for", old.Audiences.Select(a => a.ToString()), after.Audiences.Select(a => a.ToString()));
        List(changes, "Categories", old.CategoryIds.Select(names), after.CategoryIds.Select(names));
        List(changes, "Needs", old.NeedIds.Select(names), after.NeedIds.Select(names));
        List(changes, "Outcomes", old.OutcomeIds.Select(names), after.OutcomeIds.Select(names));
        Value(changes, "Free", YesNo(old.IsFree), YesNo(after.IsFree));
        Value(changes, "Cost details", old.CostDetails, after.CostDetails);
        List(changes, "How to get it", old.AccessRoutes.Select(a => a.ToString()), after.AccessRoutes.Select(a => a.ToString()));
        List(changes, "How it is delivered", old.DeliveryModes.Select(d => d.ToString()), after.DeliveryModes.Select(d => d.ToString()));
        List(changes, "Languages", old.Languages, after.Languages);
        Value(changes, "Contact name", old.Contact.Name, after.Contact.Name);
        Value(changes, "Contact phone", old.Contact.Phone, after.Contact.Phone);
        Value(changes, "Contact text", old.Contact.Text, after.Contact.Text);
        Value(changes, "Contact email", old.Contact.Email, after.Contact.Email);
        Value(changes, "Contact website", old.Contact.Website, after.Contact.Website);
        List(changes, "Locations", old.LocationIds.Select(names), after.LocationIds.Select(names));
        Value(changes, "Area covered", old.AreaType.ToString(), after.AreaType.ToString());
        List(changes, "Localities", old.Localities, after.Localities);
        List(changes, "Sessions", old.Schedules.Select(s => Session(s, names)), after.Schedules.Select(s => Session(s, names)));
        List(changes, "Closures", old.Closures.Select(Closure), after.Closures.Select(Closure));
        Value(changes, "Can I go on my own?", old.Youth.OnMyOwn, after.Youth.OnMyOwn);
        Value(changes, "Is it confidential?", old.Youth.Confidential, after.Youth.Confidential);
        Value(changes, "Will my parents be told?", old.Youth.ParentsTold, after.Youth.ParentsTold);
        Value(changes, "Local Offer: who is it for?", old.LocalOffer.WhoFor, after.LocalOffer.WhoFor);
        Value(changes, "Local Offer: how do I get it?", old.LocalOffer.HowToGet, after.LocalOffer.HowToGet);
        Value(changes, "Local Offer: how are staff trained?", old.LocalOffer.StaffTraining, after.LocalOffer.StaffTraining);
        Value(changes, "Local Offer: transition", old.LocalOffer.Transition, after.LocalOffer.Transition);
        Value(changes, "Local Offer: who can I contact?", old.LocalOffer.Contact, after.LocalOffer.Contact);
        Value(changes, "Review by", Date(old.ReviewBy), Date(after.ReviewBy));
        Value(changes, "Show until", Date(old.ValidTo), Date(after.ValidTo));
        return changes;

        string? Name(Guid id) => id == Guid.Empty ? null : names(id);
    }

    public static IReadOnlyList<FieldChange> Compare(PageSnapshot? before, PageSnapshot after)
    {
        var old = before ?? new PageSnapshot();
        var changes = new List<FieldChange>();
        Value(changes, "Title", old.Title, after.Title);
        Value(changes, "Web address", Address(old.Path), Address(after.Path));
        Value(changes, "Summary", old.Summary, after.Summary);
        Text(changes, "Body", old.Body, after.Body);
        Value(changes, "Order among its siblings", Number(old.SortOrder), Number(after.SortOrder));
        return changes;

        static string? Address(string path) => path.Length == 0 ? null : "/" + path;
    }

    public static IReadOnlyList<FieldChange> Compare(OrganisationSnapshot? before, OrganisationSnapshot after)
    {
        var old = before ?? new OrganisationSnapshot();
        var changes = new List<FieldChange>();
        Value(changes, "Name", old.Name, after.Name);
        Value(changes, "Type", before is null ? null : old.Type.ToString(), after.Type.ToString());
        Text(changes, "Description", old.Description, after.Description);
        Value(changes, "Website", old.Website, after.Website);
        Value(changes, "Phone", old.Phone, after.Phone);
        Value(changes, "Email", old.Email, after.Email);
        return changes;
    }

    public static IReadOnlyList<FieldChange> Compare(LocationSnapshot? before, LocationSnapshot after)
    {
        var old = before ?? new LocationSnapshot();
        var changes = new List<FieldChange>();
        Value(changes, "Name", old.Name, after.Name);
        Value(changes, "Address", old.Address, after.Address);
        Value(changes, "Town", old.Town, after.Town);
        Value(changes, "Postcode", old.Postcode, after.Postcode);
        Value(changes, "Latitude", Coordinate(before, old.Latitude), Coordinate(after, after.Latitude));
        Value(changes, "Longitude", Coordinate(before, old.Longitude), Coordinate(after, after.Longitude));
        List(changes, "Accessibility", old.Accessibility, after.Accessibility);
        Value(changes, "Getting there", old.Transport, after.Transport);
        return changes;

        static string? Coordinate(LocationSnapshot? snapshot, double value) => snapshot is null ? null : value.ToString("0.######", CultureInfo.InvariantCulture);
    }

    private static void Value(List<FieldChange> changes, string label, string? before, string? after)
    {
        before = string.IsNullOrEmpty(before) ? null : before;
        after = string.IsNullOrEmpty(after) ? null : after;
        if (before != after)
        {
            changes.Add(new FieldChange { Label = label, Kind = FieldChangeKind.Value, Before = before, After = after });
        }
    }

    private static void List(List<FieldChange> changes, string label, IEnumerable<string> before, IEnumerable<string> after)
    {
        var old = before.ToList();
        var current = after.ToList();
        var added = current.Except(old).ToList();
        var removed = old.Except(current).ToList();
        if (added.Count > 0 || removed.Count > 0)
        {
            changes.Add(new FieldChange { Label = label, Kind = FieldChangeKind.List, Added = added, Removed = removed });
        }
    }

    private static void Text(List<FieldChange> changes, string label, string before, string after)
    {
        if (before.ReplaceLineEndings("\n") != after.ReplaceLineEndings("\n"))
        {
            changes.Add(new FieldChange { Label = label, Kind = FieldChangeKind.Text, Lines = LineDiff.Compare(before, after) });
        }
    }

    private static string? Number(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string YesNo(bool value) => value ? "Yes" : "No";

    private static string? Date(DateOnly? date) => date is { } d ? TimeInWords.Date(d) : null;

    private static string Session(ScheduleSnapshot s, Func<Guid, string> names)
    {
        var closes = s.Closes is { } c ? c.ToString("HH:mm", CultureInfo.InvariantCulture) : "midnight";
        var text = $"{s.Day} {s.Opens.ToString("HH:mm", CultureInfo.InvariantCulture)} to {closes}";
        if (s.LocationId is { } location)
        {
            text += $" at {names(location)}";
        }

        if (s.ValidFrom is { } from)
        {
            text += $" from {TimeInWords.Date(from)}";
        }

        if (s.ValidTo is { } to)
        {
            text += $" until {TimeInWords.Date(to)}";
        }

        return s.Note is { Length: > 0 } note ? $"{text} ({note})" : text;
    }

    private static string Closure(ClosureSnapshot c) => c.Reason.Length > 0 ? $"{TimeInWords.Date(c.Date)} ({c.Reason})" : TimeInWords.Date(c.Date);
}
