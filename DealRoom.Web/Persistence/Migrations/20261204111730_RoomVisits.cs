using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DealRoom.Web.Persistence.Migrations
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
                    RoomId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UserKey = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
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
