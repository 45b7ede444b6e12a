namespace Signpost.Web.Infrastructure.ScaleOut;

/// <summary>Names this node (machine, process and a random part, so two hosts in one process differ) in leases and logs.</summary>
public sealed class NodeIdentity
{
    public string Name { get; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..8]}";
}
