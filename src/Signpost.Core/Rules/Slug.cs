using System.Globalization;
using System.Text;

namespace Signpost.Core.Rules;

public static class Slug
{
    /// <summary>Lower-case ASCII words joined by hyphens: "Bumps & Babies (Widnes)" becomes "bumps-and-babies-widnes".</summary>
    public static string From(string text)
    {
        var normalised = text.Replace("&", " and ").Replace("+", " plus ").Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(normalised.Length);
        var pendingHyphen = false;
        foreach (var c in normalised)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c == '\'' || c == '’')
            {
                continue;
            }

            if (c < 128 && char.IsLetterOrDigit(c))
            {
                if (pendingHyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }

                builder.Append(char.ToLowerInvariant(c));
                pendingHyphen = false;
            }
            else
            {
                pendingHyphen = true;
            }
        }

        return builder.ToString();
    }

    public static bool IsValid(string slug) => slug.Length > 0 && From(slug) == slug;
}
