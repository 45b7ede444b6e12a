namespace Signpost.Core.Content;

public enum AccessRoute
{
    DropIn,
    SelfReferral,
    ProfessionalReferral,
    EarlyHelp,
    Appointment,
}
