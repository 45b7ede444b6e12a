namespace Signpost.Core.Content;

public enum OrganisationType
{
    Council,
    Nhs,
    School,
    Police,
    Voluntary,
    Private,
}
