namespace Signpost.Data.Migrations;

internal static class MigrationScript
{
    public static string Read(string name)
    {
        var assembly = typeof(MigrationScript).Assembly;
        var resource = $"{typeof(MigrationScript).Namespace}.{name}";
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Migration script {resource} is not embedded in {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
