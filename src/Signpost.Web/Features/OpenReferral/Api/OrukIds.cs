using System.Security.Cryptography;
using System.Text;

namespace Signpost.Web.Features.OpenReferral.Api;

/// <summary>
/// Name-based UUIDs (RFC 9562 version 5) for what the feed publishes but the store keeps no Guid for:
/// taxonomies, enum terms, service-at-location pairs, contacts, phones. The same name always gives the same id,
/// so consumers that stored an id find it again in the next harvest.
/// </summary>
public static class OrukIds
{
    /// <summary>Fixed for good: changing it would change every derived id every consumer has stored.</summary>
    public static readonly Guid Namespace = new("3b0f6f8e-1c5d-4d8e-a0a4-6a2f9c1e7d51");

    public static Guid Derive(string name) => Derive(Namespace, name);

    public static Guid Derive(Guid parent, string name)
    {
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var input = new byte[16 + nameBytes.Length];
        parent.TryWriteBytes(input, bigEndian: true, out _);
        nameBytes.CopyTo(input, 16);
        var hash = SHA1.HashData(input);
        var bytes = hash.AsSpan(0, 16).ToArray();
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x50);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }

    public static Guid ServiceAtLocation(Guid serviceId, Guid locationId) => Derive(serviceId, "service_at_location:" + locationId.ToString("D"));
}
