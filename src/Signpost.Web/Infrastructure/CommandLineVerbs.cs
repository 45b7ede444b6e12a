using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Accounts;
using Signpost.Data;
using Signpost.Data.Accounts;
using Signpost.Data.Seed;

using Signpost.Web.Infrastructure.ScaleOut;

namespace Signpost.Web.Infrastructure;

/// <summary>Verbs on the site's own executable: <c>dotnet run --project src/Signpost.Web -- seed</c>.</summary>
public static class CommandLineVerbs
{
    /// <summary>
    /// The arguments the configuration should see. A verb's own switches ("--password-stdin",
    /// "--role Editor") are not settings, and a bare switch would swallow the next argument as
    /// its value, so with a verb only "--Key=Value" settings pass through.
    /// </summary>
    public static string[] ConfigurationArguments(string[] args) =>
        IsVerb(args) ? args.Where(a => a.StartsWith("--", StringComparison.Ordinal) && a.Contains('=')).ToArray() : args;

    private static bool IsVerb(string[] args) => args.Length > 0 && !args[0].StartsWith('-');

    public static async Task<int> RunOrExecuteCommandAsync(this WebApplication app, string[] args)
    {
        if (!IsVerb(args))
        {
            await app.RunAsync();
            return 0;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        try
        {
            return args[0] switch
            {
                "migrate" => await MigrateAsync(services),
                "seed" => await SeedAsync(services),
                "create-user" => await CreateUserAsync(services, args[1..]),
                "reindex" => await ReindexAsync(services),
                "import-postcodes" => await ImportPostcodesAsync(services, args[1..]),
                "import" => await Features.OpenReferral.Import.ImportVerb.RunAsync(services, args[1..]),
                _ => Usage($"Unknown command '{args[0]}'."),
            };
        }
        catch (SeedValidationException ex)
        {
            Console.Error.WriteLine(ex.Message);
            return 1;
        }
    }

    // For deployers who migrate once before rolling out nodes with Database:MigrateAtStart=false.
    private static async Task<int> MigrateAsync(IServiceProvider services)
    {
        var db = services.GetRequiredService<SignpostDbContext>();
        Directory.CreateDirectory(services.GetRequiredService<SignpostPaths>().DataFolder);
        var pending = (await db.Database.GetPendingMigrationsAsync()).ToList();
        await db.Database.MigrateAsync();
        Console.WriteLine(pending.Count == 0
            ? $"The {db.Database.ProviderName} store is up to date."
            : $"Applied {pending.Count} migration(s) to the {db.Database.ProviderName} store: {string.Join(", ", pending)}.");
        return 0;
    }

    private static async Task<int> SeedAsync(IServiceProvider services)
    {
        var db = services.GetRequiredService<SignpostDbContext>();
        Directory.CreateDirectory(services.GetRequiredService<SignpostPaths>().DataFolder);
        await db.Database.MigrateAsync();
        var folder = services.GetRequiredService<SignpostPaths>().ContentSeedFolder;
        var report = await services.GetRequiredService<ContentSeedImporter>().ImportAsync(folder);
        Console.WriteLine($"Imported {folder}: {report}");
        return 0;
    }

    // Each running node keeps its own in-memory index, so the verb asks them all through the change feed.
    private static async Task<int> ReindexAsync(IServiceProvider services)
    {
        var db = services.GetRequiredService<SignpostDbContext>();
        await db.Database.MigrateAsync();
        db.ContentChanges.Add(new Core.ChangeFeed.ContentChange { Kind = Core.ChangeFeed.ContentChangeKind.Rebuild, OccurredAt = DateTime.UtcNow });
        await db.SaveChangesAsync();
        await services.GetRequiredService<Features.Search.ChangeFeedChannel>().PublishAndWaitAsync();
        Console.WriteLine("Asked every running node to rebuild its search index from the store; a node that starts later builds it anyway.");
        return 0;
    }

    private static async Task<int> ImportPostcodesAsync(IServiceProvider services, string[] args)
    {
        var file = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal));
        if (file is null || !File.Exists(file))
        {
            return Usage(file is null ? "import-postcodes needs a file." : $"There is no file at {file}.");
        }

        var db = services.GetRequiredService<SignpostDbContext>();
        Directory.CreateDirectory(services.GetRequiredService<SignpostPaths>().DataFolder);
        await db.Database.MigrateAsync();
        var lastShown = -1;
        var progress = new SynchronousProgress(fraction =>
        {
            var percent = (int)(fraction * 100);
            if (percent != lastShown)
            {
                lastShown = percent;
                Console.Error.Write($"\r[{new string('#', percent / 5),-20}] {percent,3}%");
            }
        });
        try
        {
            var report = await new Data.PostcodeImport.PostcodeImporter(db).ImportAsync(file, progress);
            Console.Error.WriteLine();
            Console.WriteLine($"Imported {file}: {report}");

            // Nodes keep postcode lookups in the shared cache; the new file replaces every one of them.
            await services.GetRequiredService<RedisConnection>().ConnectAsync();
            await services.GetRequiredService<ISharedCache>().InvalidateTagsAsync([CacheTags.Postcodes], CancellationToken.None);
            return 0;
        }
        catch (InvalidDataException ex)
        {
            Console.Error.WriteLine();
            Console.Error.WriteLine(ex.Message);
            return 1;
        }
    }

    private static async Task<int> CreateUserAsync(IServiceProvider services, string[] args)
    {
        var email = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal));
        var roleText = Option(args, "--role");
        var organisationSlug = Option(args, "--organisation");
        if (email is null || !email.Contains('@') || roleText is null)
        {
            return Usage("create-user needs an email address and --role.");
        }

        if (Roles.Parse(roleText) is not { } role)
        {
            return Usage($"'{roleText}' is not a role. Roles: {string.Join(", ", Roles.All)}.");
        }

        await services.GetRequiredService<StoreInitialiser>().InitialiseAsync(CancellationToken.None);
        var db = services.GetRequiredService<SignpostDbContext>();
        Guid? organisationId = null;
        if (organisationSlug is not null)
        {
            organisationId = (await db.Organisations.FirstOrDefaultAsync(o => o.Slug == organisationSlug))?.Id;
            if (organisationId is null)
            {
                return Usage($"No organisation has the slug '{organisationSlug}'.");
            }
        }
        else if (role == Roles.Editor)
        {
            return Usage("An editor belongs to one organisation: add --organisation <slug>.");
        }

        // An explicit flag, not "is stdin redirected": CI and service managers redirect stdin without meaning a password.
        var generated = !args.Contains("--password-stdin");
        var password = generated ? StoreInitialiser.GeneratePassword() : (await Console.In.ReadLineAsync())?.Trim() ?? "";
        var users = services.GetRequiredService<UserManager<SignpostUser>>();
        var user = new SignpostUser { UserName = email, Email = email, EmailConfirmed = true, OrganisationId = organisationId };
        var result = await users.CreateAsync(user, password);
        if (result.Succeeded)
        {
            result = await users.AddToRoleAsync(user, role);
        }

        if (!result.Succeeded)
        {
            Console.Error.WriteLine("Could not create the user: " + string.Join(" ", result.Errors.Select(e => e.Description)));
            return 1;
        }

        Console.WriteLine(generated
            ? $"Created {email} ({role}) with password {password} (shown once)."
            : $"Created {email} ({role}) with the password from standard input.");
        return 0;
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    internal static int Usage(string problem)
    {
        Console.Error.WriteLine(problem);
        Console.Error.WriteLine("Usage: dotnet run --project src/Signpost.Web -- migrate");
        Console.Error.WriteLine("       dotnet run --project src/Signpost.Web -- seed");
        Console.Error.WriteLine("       dotnet run --project src/Signpost.Web -- reindex");
        Console.Error.WriteLine("       dotnet run --project src/Signpost.Web -- import-postcodes <ONSPD, NSPL or Code-Point Open CSV>");
        Console.Error.WriteLine("       dotnet run --project src/Signpost.Web -- import <file-or-folder> [--format oruk3|oruk1|csv] [--organisation <slug>] [--source <name>] [--dry-run] [--drafts]");
        Console.Error.WriteLine("       dotnet run --project src/Signpost.Web -- create-user <email> --role <role> [--organisation <slug>] [--password-stdin]");
        return 2;
    }
}
