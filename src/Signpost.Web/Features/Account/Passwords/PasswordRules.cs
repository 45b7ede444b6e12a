namespace Signpost.Web.Features.Account.Passwords;

/// <summary>
/// NCSC password guidance: length over complexity (12 to 256 characters, no character-class rules),
/// no common or breached passwords, and nothing built from the user's own email address.
/// </summary>
public static class PasswordRules
{
    public const int MinimumLength = 12;
    public const int MaximumLength = 256;

    public const string TooShortCode = "PasswordTooShort";
    public const string TooLongCode = "PasswordTooLong";
    public const string CommonCode = "PasswordCommon";
    public const string ContainsEmailCode = "PasswordContainsEmail";

    public static IReadOnlyList<(string Code, string Message)> Check(string? password, string? email, CommonPasswords common)
    {
        password ??= "";
        var problems = new List<(string, string)>();
        if (password.Length < MinimumLength)
        {
            problems.Add((TooShortCode, $"Password must be {MinimumLength} characters or more"));
            return problems;
        }

        if (password.Length > MaximumLength)
        {
            problems.Add((TooLongCode, $"Password must be {MaximumLength} characters or fewer"));
            return problems;
        }

        if (IsCommon(password, common))
        {
            problems.Add((CommonCode, "Password is too easy to guess because it is a common password. Try 3 random words, like 'kettle orbit parsnip'"));
        }

        if (ContainsEmail(password, email))
        {
            problems.Add((ContainsEmailCode, "Password must not contain your email address or the part before the @"));
        }

        return problems;
    }

    /// <summary>
    /// Attackers try list words with capitals, digits and symbols added, doubled words and keyboard
    /// runs, so those count as common too: "Password1234!", "passwordpassword", "aaaaaaaaaaaa".
    /// </summary>
    public static bool IsCommon(string password, CommonPasswords common)
    {
        var lower = password.ToLowerInvariant();
        if (common.Contains(lower) || common.Contains(lower.Replace(" ", "", StringComparison.Ordinal)))
        {
            return true;
        }

        var core = lower.Trim().TrimEnd("0123456789!@#$%^&*()-_=+.?,;:~ ".ToCharArray()).TrimStart("0123456789!@#$%^&*. ".ToCharArray());
        if (core.Length == 0 || common.Contains(core) || common.Contains(Unleet(core)))
        {
            return true;
        }

        if (IsRepeatOfCommonWord(core, common) || lower.Distinct().Count() <= 2 || IsRun(lower))
        {
            return true;
        }

        return false;
    }

    private static bool ContainsEmail(string password, string? email)
    {
        if (string.IsNullOrWhiteSpace(email))
        {
            return false;
        }

        var lower = password.ToLowerInvariant();
        var localPart = email.Split('@')[0].ToLowerInvariant();

        // Two-letter local parts ("jo@") would match half the dictionary; the rule is about guessable, personal passwords.
        return lower.Contains(email.ToLowerInvariant(), StringComparison.Ordinal)
            || (localPart.Length >= 3 && lower.Contains(localPart, StringComparison.Ordinal));
    }

    private static bool IsRepeatOfCommonWord(string text, CommonPasswords common)
    {
        for (var length = 1; length <= text.Length / 2; length++)
        {
            if (text.Length % length != 0)
            {
                continue;
            }

            var unit = text[..length];
            if (string.Concat(Enumerable.Repeat(unit, text.Length / length)) == text && (length <= 4 || common.Contains(unit)))
            {
                return true;
            }
        }

        return false;
    }

    // "123456789012", "abcdefghijkl", "987654321098": each character one step from the last.
    private static bool IsRun(string text)
    {
        var steps = 0;
        for (var i = 1; i < text.Length; i++)
        {
            var step = text[i] - text[i - 1];
            if (step is 1 or -1 or -9 or 9)
            {
                steps++;
            }
        }

        return steps >= text.Length - 2;
    }

    private static string Unleet(string text) => text
        .Replace('0', 'o').Replace('1', 'i').Replace('3', 'e').Replace('4', 'a').Replace('5', 's').Replace('@', 'a').Replace('$', 's');
}
