using Signpost.Core.Content;

namespace Signpost.Web.Features.Listings;

/// <summary>The vocabulary of a listing in plain words, as a parent or young person would read it.</summary>
public static class ServiceWords
{
    public static string Access(AccessRoute route) => route switch
    {
        AccessRoute.DropIn => "Drop in: just turn up during opening times",
        AccessRoute.SelfReferral => "Refer yourself: contact them directly",
        AccessRoute.ProfessionalReferral => "A professional refers you, for example a GP, health visitor, teacher or social worker",
        AccessRoute.EarlyHelp => "Through Early Help: a professional can start an Early Help assessment with your family",
        AccessRoute.Appointment => "Book an appointment",
        _ => route.ToString(),
    };

    public static string Delivery(DeliveryMode mode) => mode switch
    {
        DeliveryMode.InPerson => "In person",
        DeliveryMode.Online => "Online",
        DeliveryMode.Phone => "By phone or text",
        _ => mode.ToString(),
    };

    public static string DeliveryModes(IEnumerable<DeliveryMode> modes)
    {
        var text = Core.Rules.TimeInWords.List(modes.Select(m => Delivery(m).ToLowerInvariant()).ToList());
        return text.Length == 0 ? "" : char.ToUpperInvariant(text[0]) + text[1..];
    }

    public static string Accessibility(string feature) => feature switch
    {
        "step-free-access" => "Step-free access",
        "lift" => "Lift to all floors",
        "accessible-toilet" => "Accessible toilet",
        "changing-places" => "Changing Places toilet",
        "hearing-loop" => "Hearing loop",
        "accessible-parking" => "Accessible parking",
        "quiet-space" => "Quiet space",
        "baby-changing" => "Baby changing",
        _ => feature.Replace('-', ' '),
    };

    public static string Area(Service service, string areaName) => service.AreaType switch
    {
        ServiceAreaType.National => "Available to people anywhere in the UK",
        ServiceAreaType.WholeArea => $"Covers all of {areaName}",
        ServiceAreaType.Localities => $"Covers {Core.Rules.TimeInWords.List(service.Localities)}",
        _ => "At the places listed below",
    };

    public static string Audiences(IEnumerable<Audience> audiences) =>
        Core.Rules.TimeInWords.List(audiences.Select(AudienceText.For).ToList()) is { Length: > 0 } text
            ? char.ToUpperInvariant(text[0]) + text[1..]
            : "";

    public static string Phone(string phone) => "tel:" + new string(phone.Where(c => char.IsDigit(c) || c == '+').ToArray());
}
