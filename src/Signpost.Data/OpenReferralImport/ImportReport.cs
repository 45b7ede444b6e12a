namespace Signpost.Data.OpenReferralImport;

/// <summary>What an import did (or, in a dry run, would do): counts, and every record that was skipped, repeated or changed on the way.</summary>
public sealed class ImportReport
{
    private readonly List<ImportRecordResult> records = [];

    public required ImportOptions Options { get; init; }
    public FeedFormat? Format { get; set; }
    public int Read { get; private set; }
    public int Created { get; private set; }
    public int Updated { get; private set; }
    public int Unchanged { get; private set; }
    public int Skipped { get; private set; }
    public int Repeated { get; private set; }
    public int OrganisationsCreated { get; set; }
    public int OrganisationsUpdated { get; set; }
    public int LocationsCreated { get; set; }
    public int LocationsUpdated { get; set; }
    public int TermsCreated { get; set; }

    /// <summary>Set when the import stopped early (a batch could not be saved); batches before it are kept, the failed one is not.</summary>
    public string? Failure { get; set; }

    /// <summary>Skipped and repeated records, and imported ones with warnings; plain successes are only counted.</summary>
    public IReadOnlyList<ImportRecordResult> Records => records.OrderBy(r => r.Position).ToList();

    public bool HasWarnings => records.Any(r => r.Warnings.Count > 0);

    public void Add(ImportRecordResult result)
    {
        Read++;
        switch (result.Outcome)
        {
            case ImportOutcome.Created:
                Created++;
                break;
            case ImportOutcome.Updated:
                Updated++;
                break;
            case ImportOutcome.Unchanged:
                Unchanged++;
                break;
            case ImportOutcome.Skipped:
                Skipped++;
                break;
            case ImportOutcome.Repeated:
                Repeated++;
                break;
        }

        if (result.Outcome is ImportOutcome.Skipped or ImportOutcome.Repeated || result.Warnings.Count > 0)
        {
            records.Add(result);
        }
    }

    public override string ToString() =>
        $"{Read} records{(Options.DryRun ? " (dry run: nothing was saved)" : "")}: {Created} created, {Updated} updated, {Unchanged} unchanged, {Skipped} skipped, {Repeated} repeated" +
        $"{(Options.AsDrafts ? " (as drafts)" : "")}; organisations {OrganisationsCreated} created, {OrganisationsUpdated} updated; " +
        $"locations {LocationsCreated} created, {LocationsUpdated} updated; {TermsCreated} new imported terms to map";
}
