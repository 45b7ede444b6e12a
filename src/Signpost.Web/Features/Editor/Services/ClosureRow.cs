namespace Signpost.Web.Features.Editor.Services;

public sealed class ClosureRow
{
    public string? Date { get; set; }
    public string? Reason { get; set; }
    public bool Remove { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Date) && string.IsNullOrWhiteSpace(Reason);
}
