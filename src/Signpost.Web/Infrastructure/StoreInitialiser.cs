using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Signpost.Core.Accounts;
using Signpost.Data;
using Signpost.Data.Accounts;
using Signpost.Data.Seed;

namespace Signpost.Web.Infrastructure;

/// <summary>Brings the store to a usable state at start: folder, migrations, roles, demo content, first administrator.</summary>
public sealed class StoreInitialiser(
    SignpostDbContext db,
    SignpostPaths paths,
    IOptions<SignpostOptions> options,
    IOptions<DatabaseOptions> database,
    ContentSeedImporter importer,
    RoleManager<IdentityRole> roles,
    UserManager<SignpostUser> users,
    IHostEnvironment environment,
    ILogger<StoreInitialiser> logger)
{
    /// <summary>An application-wide key ("SgnpInit" in ASCII) for the session advisory lock nodes take while initialising.</summary>
    private const long InitialiseLockKey = 0x53676E70496E6974;

    public async Task InitialiseAsync(CancellationToken cancellationToken)
    {
        if (!db.Database.IsNpgsql())
        {
            await InitialiseAloneAsync(cancellationToken);
            return;
        }

        // Nodes starting together on an empty PostgreSQL store would each create the roles and import the
        // demo content; one at a time, the later ones find it done. The lock is the connection's, so keep it open.
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({InitialiseLockKey})", cancellationToken);
            try
            {
                await InitialiseAloneAsync(cancellationToken);
            }
            finally
            {
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({InitialiseLockKey})", CancellationToken.None);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private async Task InitialiseAloneAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(paths.DataFolder);
        await MigrateAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            // Write-ahead logging lets readers (pages, the index follower) carry on while the search log or an editor writes.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        foreach (var role in Roles.All.Where(r => !roles.Roles.Any(x => x.Name == r)))
        {
            await roles.CreateAsync(new IdentityRole(role));
        }

        if (options.Value.SeedOnStart && !await db.Services.AnyAsync(cancellationToken))
        {
            var report = await importer.ImportAsync(paths.ContentSeedFolder, cancellationToken);
            logger.LogInformation("Imported demo content from {Folder}: {Report}", paths.ContentSeedFolder, report);
        }

        if (environment.IsDevelopment() && !await users.Users.AnyAsync(cancellationToken))
        {
            await CreateFirstAdministratorAsync();
        }
    }

    private async Task MigrateAsync(CancellationToken cancellationToken)
    {
        if (database.Value.MigrateAtStart)
        {
            await db.Database.MigrateAsync(cancellationToken);
            return;
        }

        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            throw new InvalidOperationException(
                $"The store lacks {pending.Count} migration(s) ({string.Join(", ", pending)}) and Database:MigrateAtStart is false: run the 'migrate' verb first.");
        }
    }

    // No default passwords: the first administrator gets a random one, shown once on the console.
    private async Task CreateFirstAdministratorAsync()
    {
        const string email = "admin@signpost.local";
        var password = GeneratePassword();
        var user = new SignpostUser { UserName = email, Email = email, EmailConfirmed = true };
        var result = await users.CreateAsync(user, password);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Could not create the first administrator: " + string.Join("; ", result.Errors.Select(e => e.Description)));
        }

        await users.AddToRoleAsync(user, Roles.Administrator);
        Console.WriteLine($"First administrator created: {email} with password {password} (shown once; change it after signing in).");
    }

    public static string GeneratePassword()
    {
        const string alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        return string.Create(20, alphabet, (span, chars) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = chars[RandomNumberGenerator.GetInt32(chars.Length)];
            }
        });
    }
}
