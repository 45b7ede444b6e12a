using Signpost.Core.Content;

namespace Signpost.Core.Editorial.Snapshots;

/// <summary>Between a <see cref="Service"/> entity (with its terms, locations, schedules and closures loaded) and a snapshot.</summary>
public static class ServiceSnapshotMapping
{
    public static ServiceSnapshot ToSnapshot(this Service service) => new ServiceSnapshot
    {
        Name = service.Name,
        Slug = service.Slug,
        Summary = service.Summary,
        Description = service.Description,
        OrganisationId = service.OrganisationId,
        MinimumAge = service.MinimumAge,
        MaximumAge = service.MaximumAge,
        Audiences = service.Audiences.ToList(),
        CategoryIds = service.Categories.Select(t => t.Id).ToList(),
        NeedIds = service.Needs.Select(t => t.Id).ToList(),
        OutcomeIds = service.Outcomes.Select(t => t.Id).ToList(),
        IsFree = service.IsFree,
        CostDetails = service.CostDetails,
        AccessRoutes = service.AccessRoutes.ToList(),
        DeliveryModes = service.DeliveryModes.ToList(),
        Languages = service.Languages.ToList(),
        Contact = new ContactSnapshot(service.Contact.Name, service.Contact.Phone, service.Contact.Text, service.Contact.Email, service.Contact.Website),
        LocationIds = service.Locations.Select(l => l.Id).ToList(),
        AreaType = service.AreaType,
        Localities = service.Localities.ToList(),
        Schedules = service.Schedules.Select(s => new ScheduleSnapshot(s.Day, s.Opens, s.Closes, s.LocationId, s.ValidFrom, s.ValidTo, s.Note)).ToList(),
        Closures = service.Closures.Select(c => new ClosureSnapshot(c.Date, c.Reason)).ToList(),
        Youth = new YouthSnapshot(service.Youth.OnMyOwn, service.Youth.Confidential, service.Youth.ParentsTold),
        LocalOffer = new LocalOfferSnapshot(service.LocalOffer.WhoFor, service.LocalOffer.HowToGet, service.LocalOffer.StaffTraining, service.LocalOffer.Transition, service.LocalOffer.Contact),
        ReviewBy = service.ReviewBy,
        ValidTo = service.ValidTo,
        ImportedTermIds = service.ImportedTerms.Select(t => t.Id).ToList(),
    }.Normalised();

    /// <summary>
    /// Writes the snapshot onto a service. Terms and locations come from <paramref name="terms"/> and
    /// <paramref name="locations"/> (ids the store no longer has are dropped); schedules and closures
    /// are replaced, because their rows have no identity an editor sees.
    /// </summary>
    public static void ApplyTo(this ServiceSnapshot snapshot, Service service, IReadOnlyDictionary<Guid, TaxonomyTerm> terms, IReadOnlyDictionary<Guid, Location> locations)
    {
        service.Name = snapshot.Name;
        service.Slug = snapshot.Slug;
        service.Summary = snapshot.Summary;
        service.Description = snapshot.Description;
        service.OrganisationId = snapshot.OrganisationId;
        service.MinimumAge = snapshot.MinimumAge;
        service.MaximumAge = snapshot.MaximumAge;
        service.Audiences = snapshot.Audiences.ToList();
        ReplaceItems(service.Terms, snapshot.TermIds.Select(id => terms.GetValueOrDefault(id)).OfType<TaxonomyTerm>().ToList());
        service.IsFree = snapshot.IsFree;
        service.CostDetails = snapshot.CostDetails;
        service.AccessRoutes = snapshot.AccessRoutes.ToList();
        service.DeliveryModes = snapshot.DeliveryModes.ToList();
        service.Languages = snapshot.Languages.ToList();
        service.Contact = new ContactDetails { Name = snapshot.Contact.Name, Phone = snapshot.Contact.Phone, Text = snapshot.Contact.Text, Email = snapshot.Contact.Email, Website = snapshot.Contact.Website };
        ReplaceItems(service.Locations, snapshot.LocationIds.Select(id => locations.GetValueOrDefault(id)).OfType<Location>().ToList());
        service.AreaType = snapshot.AreaType;
        service.Localities = snapshot.Localities.ToList();
        // New rows keep an empty id: the store gives them one and so knows they are new. A client-set
        // key on an untracked row reached from a tracked service reads as an existing row to update.
        service.Schedules.Clear();
        service.Schedules.AddRange(snapshot.Schedules.Select(s => new ServiceSchedule
        {
            ServiceId = service.Id,
            Day = s.Day,
            Opens = s.Opens,
            Closes = s.Closes,
            LocationId = s.LocationId is { } id && locations.ContainsKey(id) ? id : null,
            Location = s.LocationId is { } lid ? locations.GetValueOrDefault(lid) : null,
            ValidFrom = s.ValidFrom,
            ValidTo = s.ValidTo,
            Note = s.Note,
        }));
        service.Closures.Clear();
        service.Closures.AddRange(snapshot.Closures.Select(c => new ServiceClosure { ServiceId = service.Id, Date = c.Date, Reason = c.Reason }));
        service.Youth = new YouthAnswers { OnMyOwn = snapshot.Youth.OnMyOwn, Confidential = snapshot.Youth.Confidential, ParentsTold = snapshot.Youth.ParentsTold };
        service.LocalOffer = new LocalOfferAnswers
        {
            WhoFor = snapshot.LocalOffer.WhoFor,
            HowToGet = snapshot.LocalOffer.HowToGet,
            StaffTraining = snapshot.LocalOffer.StaffTraining,
            Transition = snapshot.LocalOffer.Transition,
            Contact = snapshot.LocalOffer.Contact,
        };
        service.ReviewBy = snapshot.ReviewBy;
        service.ValidTo = snapshot.ValidTo;
    }

    /// <summary>Changes a many-to-many collection in place, so EF sees only the links that really changed.</summary>
    private static void ReplaceItems<T>(List<T> current, List<T> wanted) where T : class
    {
        current.RemoveAll(item => !wanted.Contains(item));
        current.AddRange(wanted.Where(item => !current.Contains(item)));
    }
}
