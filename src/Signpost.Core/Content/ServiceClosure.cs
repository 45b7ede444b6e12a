namespace Signpost.Core.Content;

public class ServiceClosure
{
    public Guid Id { get; set; }
    public Guid ServiceId { get; set; }
    public DateOnly Date { get; set; }
    public string Reason { get; set; } = "";
}
