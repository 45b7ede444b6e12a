namespace Signpost.Data.OpenReferralImport;

/// <summary>What one batch did to organisations, venues and terms; added to the report only when the batch commits.</summary>
internal sealed class ImportBatchCounts
{
    public int OrganisationsCreated { get; set; }
    public int OrganisationsUpdated { get; set; }
    public int LocationsCreated { get; set; }
    public int LocationsUpdated { get; set; }
    public int TermsCreated { get; set; }
}
