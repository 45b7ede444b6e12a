using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Signpost.Data.OpenReferralImport;

/// <summary>A SHA-256 of a value's JSON: equal content gives an equal hash, so an unchanged feed record is recognised.</summary>
internal static class ContentHash
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = false };

    public static string Of<T>(T value) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(value, Options))));
}
