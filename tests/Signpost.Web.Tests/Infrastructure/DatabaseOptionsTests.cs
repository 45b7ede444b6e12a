using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Options;
using Signpost.Data;
using Signpost.Web.Infrastructure;

namespace Signpost.Web.Tests.Infrastructure;

public sealed class DatabaseOptionsTests
{
    [Theory]
    [InlineData("Sqlite", StoreProvider.Sqlite)]
    [InlineData("SQLITE", StoreProvider.Sqlite)]
    [InlineData("Postgres", StoreProvider.Postgres)]
    [InlineData("postgresql", StoreProvider.Postgres)]
    [InlineData("PostgreSQL", StoreProvider.Postgres)]
    public void Provider_names_are_read_whatever_their_case(string name, StoreProvider expected)
    {
        var options = new DatabaseOptions { Provider = name, ConnectionString = "Host=db;Database=signpost" };

        Assert.Empty(Validate(options));
        Assert.Equal(expected, options.StoreProvider);
    }

    [Fact]
    public void An_unknown_provider_is_refused_with_the_names_that_work()
    {
        var errors = Validate(new DatabaseOptions { Provider = "mysql" });

        var error = Assert.Single(errors);
        Assert.Contains("Sqlite, Postgres or PostgreSQL", error.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Postgres_needs_a_connection_string_and_sqlite_does_not()
    {
        var errors = Validate(new DatabaseOptions { Provider = "Postgres" });

        Assert.Contains(nameof(DatabaseOptions.ConnectionString), Assert.Single(errors).MemberNames);
        Assert.Empty(Validate(new DatabaseOptions { Provider = "Sqlite" }));
    }

    [Fact]
    public void Postgres_without_a_connection_string_stops_the_app_at_start()
    {
        using var factory = new PostgresWithoutConnectionFactory();

        var error = Record.Exception(() => factory.Server);

        var chain = new List<Exception>();
        for (var e = error; e is not null; e = e.InnerException)
        {
            chain.Add(e);
            chain.AddRange((e as AggregateException)?.InnerExceptions ?? []);
        }

        Assert.Contains(chain, e => e is OptionsValidationException && e.Message.Contains("Database:ConnectionString is required", StringComparison.Ordinal));
    }

    private static List<ValidationResult> Validate(DatabaseOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results;
    }

    private sealed class PostgresWithoutConnectionFactory() : SignpostWebFactory(new Dictionary<string, string>
    {
        ["Database:Provider"] = "Postgres",
        ["Database:ConnectionString"] = "",
    });
}
