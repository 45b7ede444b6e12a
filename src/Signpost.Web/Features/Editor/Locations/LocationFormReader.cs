using System.Globalization;
using Signpost.Core.Editorial.Snapshots;
using Signpost.Core.Rules;
using SlugRule = Signpost.Core.Rules.Slug;

namespace Signpost.Web.Features.Editor.Locations;

/// <summary>
/// Checks a posted venue form and turns it into a snapshot. Empty coordinates are filled from the
/// postcode lookup, so editors need not know what a latitude is; a postcode we cannot place is an
/// error then, because a venue without a point would vanish from distance searches.
/// </summary>
public static class LocationFormReader
{
    public static async Task<(LocationSnapshot? Snapshot, List<(string Key, string Message)> Errors)> ReadAsync(
        LocationForm form, string? currentSlug, Func<string, CancellationToken, Task<(double Latitude, double Longitude)?>> lookUp, CancellationToken cancellationToken)
    {
        var errors = new List<(string Key, string Message)>();
        var name = form.Name?.Trim() ?? "";
        if (name.Length == 0)
        {
            errors.Add(("Name", "Enter the venue's name"));
        }
        else if (name.Length > 200)
        {
            errors.Add(("Name", "Name must be 200 characters or fewer"));
        }

        var postcode = Postcodes.Normalise(form.Postcode);
        if (string.IsNullOrWhiteSpace(form.Postcode))
        {
            errors.Add(("Postcode", "Enter the venue's postcode"));
        }
        else if (postcode is null)
        {
            errors.Add(("Postcode", "Enter a full postcode, like WA8 7QE"));
        }

        var latitudeText = form.Latitude?.Trim() ?? "";
        var longitudeText = form.Longitude?.Trim() ?? "";
        double latitude = 0, longitude = 0;
        if (latitudeText.Length > 0 || longitudeText.Length > 0)
        {
            if (!double.TryParse(latitudeText, NumberStyles.Float, CultureInfo.InvariantCulture, out latitude) || latitude is < 49 or > 61)
            {
                errors.Add(("Latitude", "Latitude must be a number between 49 and 61, like 53.3631, or leave both empty to use the postcode"));
            }

            if (!double.TryParse(longitudeText, NumberStyles.Float, CultureInfo.InvariantCulture, out longitude) || longitude is < -9 or > 2.5)
            {
                errors.Add(("Longitude", "Longitude must be a number between -9 and 2.5, like -2.7335, or leave both empty to use the postcode"));
            }
        }
        else if (postcode is not null)
        {
            if (await lookUp(postcode, cancellationToken) is { } point)
            {
                (latitude, longitude) = point;
            }
            else
            {
                errors.Add(("Postcode", $"We cannot find the postcode {postcode}. Check it, or enter the latitude and longitude"));
            }
        }

        var unknown = form.Accessibility.Except(LocationForm.Features).ToList();
        if (unknown.Count > 0)
        {
            errors.Add(("Accessibility", "Choose accessibility features from the list"));
        }

        var transport = string.IsNullOrWhiteSpace(form.Transport) ? null : form.Transport.Trim();
        if (transport?.Length > 1000)
        {
            errors.Add(("Transport", "Getting there must be 1,000 characters or fewer"));
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var slug = currentSlug ?? SlugRule.From(name);
        return (new LocationSnapshot
        {
            Name = name,
            Slug = slug.Length <= 120 ? slug : slug[..120].TrimEnd('-'),
            Address = form.Address?.Trim() ?? "",
            Town = form.Town?.Trim() ?? "",
            Postcode = postcode!,
            Latitude = latitude,
            Longitude = longitude,
            Accessibility = form.Accessibility,
            Transport = transport,
        }.Normalised(), errors);
    }
}
