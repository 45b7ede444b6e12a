namespace Signpost.Web.Features.OpenReferral.Api;

/// <summary>ISO 639 codes for the language names listings use; a name we do not know is published without a code.</summary>
public static class LanguageCodes
{
    private static readonly Dictionary<string, string> Codes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["English"] = "en",
        ["Welsh"] = "cy",
        ["British Sign Language"] = "bfi",
        ["BSL"] = "bfi",
        ["Polish"] = "pl",
        ["Urdu"] = "ur",
        ["Punjabi"] = "pa",
        ["Bengali"] = "bn",
        ["Arabic"] = "ar",
        ["Romanian"] = "ro",
        ["Portuguese"] = "pt",
        ["Spanish"] = "es",
        ["French"] = "fr",
        ["Ukrainian"] = "uk",
        ["Russian"] = "ru",
        ["Somali"] = "so",
        ["Farsi"] = "fa",
        ["Kurdish"] = "ku",
        ["Tigrinya"] = "ti",
        ["Chinese"] = "zh",
        ["Mandarin"] = "zh",
        ["Cantonese"] = "yue",
    };

    public static string? For(string language) => Codes.GetValueOrDefault(language.Trim());
}
