namespace Signpost.Data.OpenReferralImport;

/// <summary>The feed layouts the importer reads.</summary>
public enum FeedFormat
{
    /// <summary>Open Referral UK 3.0 (HSDS 3.0 UK profile) JSON: one service, list pages, arrays or ndjson.</summary>
    Oruk3,

    /// <summary>Open Referral UK 1.0 JSON as council platforms publish it: arrays of summary records, or Spring pages with content and totalElements.</summary>
    Oruk1,

    /// <summary>The HSDS tabular layout: services.csv, organizations.csv, locations.csv and the rest in one folder.</summary>
    Csv,
}
