namespace Signpost.Core.Jobs;

/// <summary>
/// Who may run a background job across all web nodes: the holder until <see cref="ExpiresAt"/>.
/// A node takes the lease by a conditional write (it is free, expired, or already its own), so
/// at most one node runs the job at a time and another takes over when the holder stops renewing.
/// </summary>
public class JobLease
{
    public string Name { get; set; } = "";
    public string Holder { get; set; } = "";
    public DateTime ExpiresAt { get; set; }
}
