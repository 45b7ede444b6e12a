using System.ComponentModel.DataAnnotations;
using System.Net;

namespace Signpost.Web.Infrastructure.ScaleOut;

/// <summary>
/// The reverse proxies whose X-Forwarded-For and X-Forwarded-Proto this node believes, so rate
/// limits and the audit log see the visitor's address rather than the proxy's. Loopback is always believed.
/// </summary>
public sealed class ForwardedHeadersSettings : IValidatableObject
{
    public const string Section = "Signpost:ForwardedHeaders";

    /// <summary>Addresses of the proxies, such as <c>10.0.0.5</c>.</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Networks the proxies are in, such as <c>172.16.0.0/12</c> for a Docker network.</summary>
    public List<string> KnownNetworks { get; set; } = [];

    /// <summary>How many proxies in a row to step back through.</summary>
    [Range(1, 10)]
    public int ForwardLimit { get; set; } = 1;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var proxy in KnownProxies.Where(p => !IPAddress.TryParse(p, out _)))
        {
            yield return new ValidationResult($"Signpost:ForwardedHeaders:KnownProxies has \"{proxy}\", which is not an IP address.", [nameof(KnownProxies)]);
        }

        foreach (var network in KnownNetworks.Where(n => !IPNetwork.TryParse(n, out _)))
        {
            yield return new ValidationResult($"Signpost:ForwardedHeaders:KnownNetworks has \"{network}\", which is not a network such as 10.0.0.0/8.", [nameof(KnownNetworks)]);
        }
    }
}
