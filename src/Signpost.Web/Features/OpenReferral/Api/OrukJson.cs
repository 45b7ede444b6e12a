using System.Globalization;
using System.Net.Mail;
using System.Text.Json.Nodes;
using Signpost.Web.Features.Listings;

namespace Signpost.Web.Features.OpenReferral.Api;

/// <summary>
/// Builds feed objects field by field. ORUK consumers treat a null and a missing field differently, and
/// the profile asks for optional fields to be left out when there is nothing to say, so empty values never
/// become properties.
/// </summary>
public static class OrukJson
{
    public static JsonObject Put(this JsonObject json, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            json[name] = value;
        }

        return json;
    }

    public static JsonObject Put(this JsonObject json, string name, Guid? value)
    {
        if (value is { } id && id != Guid.Empty)
        {
            json[name] = id.ToString("D");
        }

        return json;
    }

    public static JsonObject Put(this JsonObject json, string name, double? value)
    {
        if (value is { } number)
        {
            json[name] = number;
        }

        return json;
    }

    public static JsonObject Put(this JsonObject json, string name, DateTimeOffset value)
    {
        json[name] = value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        return json;
    }

    public static JsonObject Put(this JsonObject json, string name, DateOnly? value)
    {
        if (value is { } date)
        {
            json[name] = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        return json;
    }

    public static JsonObject PutWebsite(this JsonObject json, string name, string? url) =>
        url is not null && SafeUrl.IsWeb(url) ? json.Put(name, url) : json;

    public static JsonObject PutEmail(this JsonObject json, string name, string? email) =>
        email is not null && MailAddress.TryCreate(email, out var parsed) && parsed.Address == email.Trim() ? json.Put(name, email.Trim()) : json;

    public static JsonObject PutArray(this JsonObject json, string name, IEnumerable<JsonObject> items)
    {
        var array = new JsonArray([.. items]);
        if (array.Count > 0)
        {
            json[name] = array;
        }

        return json;
    }

    public static string Time(TimeOnly time) => time.ToString("HH:mm:ss", CultureInfo.InvariantCulture);
}
