namespace DealRoom.Web.Persistence;

/// <summary>
/// Fills a freshly migrated database with what a feature needs to start (e.g. the team's roles), run by
/// <see cref="PersistenceSetup.MigrateAndSeedAsync"/> in a scope of its own. Features register theirs, so Persistence
/// needs to know none of them.
/// </summary>
public interface IDatabaseSeeder
{
    /// <summary>Adds what is missing; must be safe to run at every start.</summary>
    Task SeedAsync(CancellationToken cancellationToken);
}
