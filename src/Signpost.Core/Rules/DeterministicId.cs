using System.Security.Cryptography;
using System.Text;

namespace Signpost.Core.Rules;

/// <summary>
/// Name-based UUIDs (RFC 9562 version 5 layout) so that seeded content keeps the same id on every
/// machine: the Open Referral feed promises stable ids.
/// </summary>
public static class DeterministicId
{
    public static Guid For(string kind, string key)
    {
        var hash = SHA1.HashData(Encoding.UTF8.GetBytes($"signpost:{kind}:{key}"));
        var bytes = hash.AsSpan(0, 16).ToArray();
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x50);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}
