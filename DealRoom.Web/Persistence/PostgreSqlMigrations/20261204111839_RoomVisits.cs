using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DealRoom.Web.Persistence.PostgreSqlMigrations
{
    /// <inheritdoc />
    public partial class RoomVisits : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RoomVisits",
                columns: table => new
                {
                    RoomId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    UserKey = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoomVisits", x => new { x.RoomId, x.UserKey });
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RoomVisits");
        }
    }
}
