using System.Globalization;
using System.Text.Json;

namespace Signpost.Data.OpenReferralImport;

/// <summary>
/// Reads fields of one feed record forgivingly: a field of the wrong type ("email": 12345) is
/// noted as a problem and read as missing, never thrown, because real feeds are messy.
/// </summary>
internal sealed class JsonFields(JsonElement element, List<string> problems, string prefix = "")
{
    public JsonElement Element => element;

    public bool Has(string name) => element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null;

    public string? Text(string name)
    {
        if (!TryGet(name, out var value))
        {
            return null;
        }

        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                var text = value.GetString()!.Trim();
                return text.Length == 0 ? null : text;
            case JsonValueKind.Number when name.EndsWith("id", StringComparison.Ordinal) || name is "number" or "postal_code":
                return value.GetRawText();
            default:
                problems.Add($"{prefix}{name} should be text but is {Describe(value)}; ignored");
                return null;
        }
    }

    public int? Integer(string name)
    {
        if (!TryGet(name, out var value))
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var number))
        {
            return (int)Math.Round(number);
        }

        if (value.ValueKind == JsonValueKind.String && int.TryParse(value.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed))
        {
            return parsed;
        }

        problems.Add($"{prefix}{name} should be a whole number but is {Describe(value)}; ignored");
        return null;
    }

    public decimal? Number(string name)
    {
        if (!TryGet(name, out var value))
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var number))
        {
            return number;
        }

        if (value.ValueKind == JsonValueKind.String && decimal.TryParse(value.GetString(), NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed))
        {
            return parsed;
        }

        problems.Add($"{prefix}{name} should be a number but is {Describe(value)}; ignored");
        return null;
    }

    public DateOnly? Date(string name)
    {
        var text = Text(name);
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParse(text.Length >= 10 ? text[..10] : text, CultureInfo.InvariantCulture, out var date))
        {
            return date;
        }

        problems.Add($"{prefix}{name} '{text}' is not a date; ignored");
        return null;
    }

    /// <summary>The objects of an array field; anything else in it is noted and left out.</summary>
    public IEnumerable<JsonFields> Objects(string name)
    {
        if (!TryGet(name, out var value))
        {
            yield break;
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            problems.Add($"{prefix}{name} should be a list but is {Describe(value)}; ignored");
            yield break;
        }

        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.Object)
            {
                yield return new JsonFields(item, problems, $"{prefix}{name}[{index}].");
            }
            else if (item.ValueKind != JsonValueKind.Null)
            {
                problems.Add($"{prefix}{name}[{index}] should be an object but is {Describe(item)}; ignored");
            }

            index++;
        }
    }

    public JsonFields? Object(string name)
    {
        if (!TryGet(name, out var value))
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Object)
        {
            return new JsonFields(value, problems, $"{prefix}{name}.");
        }

        problems.Add($"{prefix}{name} should be an object but is {Describe(value)}; ignored");
        return null;
    }

    private bool TryGet(string name, out JsonElement value)
    {
        if (element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null)
        {
            return true;
        }

        value = default;
        return false;
    }

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => $"'{value.GetString()}'",
        JsonValueKind.True or JsonValueKind.False or JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.Array => "a list",
        JsonValueKind.Object => "an object",
        _ => value.ValueKind.ToString().ToLowerInvariant(),
    };
}
