using System.Text.RegularExpressions;

namespace Signpost.Data.OpenReferralImport;

/// <summary>
/// A feed's phone numbers as our contact holds them: one phone and one text-message number. A number the feed
/// describes as for text messages (as our own feed does, "Text message") is the text number; the first other is
/// the phone. Numbers beyond those are said in a warning.
/// </summary>
public static partial class ContactNumbers
{
    public static (string? Phone, string? Text) Of(IReadOnlyList<FeedPhone> phones, List<string> warnings)
    {
        string? phone = null, text = null;
        foreach (var (number, description) in phones.DistinctBy(p => p.Number.Trim()))
        {
            var valid = Valid(number, warnings);
            if (valid is null)
            {
                continue;
            }

            if (description is not null && TextMessage().IsMatch(description) && !NotTexts().IsMatch(description))
            {
                text = text is null ? valid : Extra(valid, text, warnings);
            }
            else
            {
                phone = phone is null ? valid : Extra(valid, phone, warnings);
            }
        }

        return (phone, text);
    }

    /// <summary>The number if it looks like a phone number (3 to 15 digits), otherwise null with a warning.</summary>
    public static string? Valid(string? phone, List<string> warnings)
    {
        var text = phone?.Trim().Trim('"');
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (text.Count(char.IsDigit) is >= 3 and <= 15 && text.Length <= 40)
        {
            return text;
        }

        warnings.Add($"'{phone}' is not a phone number; left out");
        return null;
    }

    private static string Extra(string extra, string kept, List<string> warnings)
    {
        warnings.Add($"a further number '{extra}' was left out: a listing holds one phone and one text number");
        return kept;
    }

    [GeneratedRegex(@"\b(sms|texts?|texting|text messages?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TextMessage();

    // Textphone, minicom and text relay are ways for deaf people to call, not text messages.
    [GeneratedRegex(@"text ?phone|minicom|relay|typetalk", RegexOptions.IgnoreCase)]
    private static partial Regex NotTexts();
}
