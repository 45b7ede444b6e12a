using System.Security.Cryptography;
using System.Text;

namespace Signpost.Web.Features.Editor.Taxonomy;

/// <summary>
/// A short fingerprint of what a form was loaded with. Posted back in a hidden field, it tells a
/// save apart from one made over someone else's change (optimistic concurrency without a column).
/// </summary>
public static class EditStamp
{
    public static string For(params object?[] parts)
    {
        var text = string.Join('\u001f', parts.Select(p => p?.ToString() ?? "\u0000"));
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)), 0, 8);
    }
}
