using System.Security.Cryptography;
using System.Text;

namespace Signpost.Core.Feedback;

/// <summary>
/// The code that lets a person see, change or delete their feedback without an account. Twelve
/// characters from an alphabet without look-alikes (no 0/O, 1/I/L, 5/S, 8/B), shown in groups of
/// four; only its SHA-256 is stored, so a copy of the database cannot open anyone's feedback.
/// </summary>
public static class ReceiptCode
{
    public const string Alphabet = "ACDEFGHJKMNPQRTUVWXYZ2345679";

    public const int Length = 12;

    /// <summary>A new random code, e.g. "K7MX-4QPA-9TZ2". About 58 bits: far beyond guessing at any rate limit.</summary>
    public static string Generate()
    {
        var characters = new char[Length];
        for (var i = 0; i < Length; i++)
        {
            characters[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }

        return Format(new string(characters));
    }

    /// <summary>
    /// The code as typed, made canonical: upper case, spaces and dashes dropped, grouped in fours.
    /// Null when it cannot be a code (wrong length or a character outside the alphabet).
    /// </summary>
    public static string? Normalise(string? typed)
    {
        var compact = new string((typed ?? "").Where(c => !char.IsWhiteSpace(c) && c != '-').Select(char.ToUpperInvariant).ToArray());
        return compact.Length == Length && compact.All(c => Alphabet.Contains(c)) ? Format(compact) : null;
    }

    /// <summary>The SHA-256 (lower-case hex) of the canonical code; what <see cref="FeedbackResponse.ReceiptHash"/> holds.</summary>
    public static string Hash(string code)
    {
        var canonical = Normalise(code) ?? throw new ArgumentException("Not a receipt code.", nameof(code));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }

    private static string Format(string compact) => $"{compact[..4]}-{compact[4..8]}-{compact[8..]}";
}
