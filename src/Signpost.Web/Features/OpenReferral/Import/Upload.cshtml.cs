using System.IO.Compression;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Signpost.Core.Accounts;
using Signpost.Data;
using Signpost.Data.OpenReferralImport;
using Signpost.Web.Features.Account;

namespace Signpost.Web.Features.OpenReferral.Import;

/// <summary>
/// /editor/import: a directory manager uploads an Open Referral feed (JSON, ndjson, a CSV services
/// file, or a zip of a CSV or JSON feed). The file is checked and queued; the import runs in the
/// background and its progress page refreshes itself without JavaScript.
/// </summary>
[Authorize(Policy = Policies.EditorArea, Roles = Roles.Administrator + "," + Roles.DirectoryManager)]
[ImportUploadLimit]
public sealed class UploadModel(ImportJobs jobs, SignpostDbContext db, IOptions<ImportUploadOptions> options, TimeProvider clock) : PageModel
{
    private static readonly string[] Extensions = [".json", ".ndjson", ".jsonl", ".csv", ".zip"];

    [BindProperty(Name = "feed")]
    public IFormFile? Feed { get; set; }

    [BindProperty(Name = "format")]
    public string? Format { get; set; }

    [BindProperty(Name = "source")]
    public string? Source { get; set; }

    [BindProperty(Name = "organisation")]
    public string? Organisation { get; set; }

    [BindProperty(Name = "mode")]
    public string? Mode { get; set; }

    [BindProperty(SupportsGet = true, Name = "too-large")]
    public bool TooLarge { get; set; }

    public IReadOnlyList<(string Slug, string Name)> Organisations { get; private set; } = [];

    public int MaxMegabytes => Math.Max(1, options.Value.MaxUploadKilobytes / 1024);

    public string LimitText => options.Value.MaxUploadKilobytes >= 1024 ? $"{MaxMegabytes} MB" : $"{options.Value.MaxUploadKilobytes} KB";

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (TooLarge)
        {
            ModelState.AddModelError("feed", $"The selected file must be smaller than {LimitText}. Nothing was imported");
        }

        await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        FeedFormat? format = null;
        try
        {
            format = FeedImport.ParseFormat(Format);
        }
        catch (ArgumentException)
        {
            ModelState.AddModelError("format", "Choose a feed format, or let Signpost work it out");
        }

        var extension = Path.GetExtension(Feed?.FileName ?? "").ToLowerInvariant();
        if (Feed is null || Feed.Length == 0)
        {
            ModelState.AddModelError("feed", "Select a feed file");
        }
        else if (Feed.Length > options.Value.MaxUploadKilobytes * 1024L)
        {
            ModelState.AddModelError("feed", $"The selected file must be smaller than {LimitText}. Nothing was imported");
        }
        else if (!Extensions.Contains(extension))
        {
            ModelState.AddModelError("feed", "The selected file must be JSON, ndjson, CSV or a zip of those");
        }

        var organisation = string.IsNullOrWhiteSpace(Organisation) ? null : Organisation.Trim();
        if (organisation is not null && !await db.Organisations.AnyAsync(o => o.Slug == organisation, cancellationToken))
        {
            ModelState.AddModelError("organisation", "Choose an organisation from the list");
        }

        var source = string.IsNullOrWhiteSpace(Source) ? $"upload:{Path.GetFileNameWithoutExtension(Feed?.FileName ?? "feed")}" : Source.Trim();
        if (source.Length > 200)
        {
            ModelState.AddModelError("source", "The feed name must be 200 characters or fewer");
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(cancellationToken);
            return Page();
        }

        var folder = Directory.CreateTempSubdirectory("signpost-import-").FullName;
        string feedPath;
        try
        {
            feedPath = await SaveAsync(Feed!, extension, folder, cancellationToken);
        }
        catch (InvalidDataException ex)
        {
            Directory.Delete(folder, recursive: true);
            ModelState.AddModelError("feed", ex.Message);
            await LoadAsync(cancellationToken);
            return Page();
        }

        var job = new ImportJob
        {
            FileName = Path.GetFileName(Feed!.FileName),
            Folder = folder,
            FeedPath = feedPath,
            Format = format,
            Options = new ImportOptions(source, organisation, DryRun: Mode == "dry-run", AsDrafts: Mode == "drafts",
                ActorId: User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "unknown", ActorName: User.FindFirstValue(ClaimTypes.Email) ?? User.Identity?.Name ?? "unknown"),
            StartedById = User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "unknown",
            QueuedAt = clock.GetUtcNow(),
        };
        jobs.Enqueue(job);
        return Redirect($"/editor/import/{job.Id}");
    }

    /// <summary>Saves the upload where the reader expects it: a lone CSV is the services table of a CSV feed; a zip is unpacked (names only, no paths) within a size cap.</summary>
    private async Task<string> SaveAsync(IFormFile file, string extension, string folder, CancellationToken cancellationToken)
    {
        var target = Path.Combine(folder, extension == ".csv" ? "services.csv" : "feed" + extension);
        await using (var stream = System.IO.File.Create(target))
        {
            await file.CopyToAsync(stream, cancellationToken);
        }

        if (extension == ".csv")
        {
            return folder;
        }

        if (extension != ".zip")
        {
            return target;
        }

        var unpacked = Directory.CreateDirectory(Path.Combine(folder, "feed")).FullName;
        var budget = options.Value.MaxUploadKilobytes * 1024L * 10;
        try
        {
            using var zip = ZipFile.OpenRead(target);
            foreach (var entry in zip.Entries.Where(e => e.Name.Length > 0 && Extensions.Contains(Path.GetExtension(e.Name).ToLowerInvariant()) && e.Name != ".zip"))
            {
                budget -= entry.Length;
                if (budget < 0)
                {
                    throw new InvalidDataException($"The zip unpacks to more than 10 times {LimitText}. Nothing was imported");
                }

                entry.ExtractToFile(Path.Combine(unpacked, Path.GetFileName(entry.Name)), overwrite: true);
            }
        }
        catch (InvalidDataException ex) when (!ex.Message.StartsWith("The zip", StringComparison.Ordinal))
        {
            throw new InvalidDataException("The selected file is not a zip file that can be opened. Nothing was imported");
        }

        return unpacked;
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Organisations = (await db.Organisations.AsNoTracking().OrderBy(o => o.Name).Select(o => new { o.Slug, o.Name }).ToListAsync(cancellationToken))
            .Select(o => (o.Slug, o.Name)).ToList();
}
