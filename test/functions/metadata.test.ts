// What Excel will see: the metadata webpack generates from functions.ts (functions.json).
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import * as path from "path";

interface FunctionMetadata {
  id: string;
  parameters: { name: string; optional?: boolean; dimensionality?: string }[];
  result: { dimensionality?: string };
}

describe("functions.json", () => {
  let functions: FunctionMetadata[];
  let errors: string[];

  beforeAll(async () => {
    const generated = await generateCustomFunctionsMetadata(
      path.join(__dirname, "../../src/functions/functions.ts"),
      false,
    );
    errors = generated.errors;
    functions = generated.metadataJson ? JSON.parse(generated.metadataJson).functions : [];
  });

  const byId = (id: string) => functions.find((f) => f.id === id);

  test("generates without errors, with the five functions", () => {
    expect(errors).toEqual([]);
    expect(functions.map((f) => f.id)).toEqual([
      "VESTED",
      "VESTINGTABLE",
      "VESTINGFORECAST",
      "ROLLFORWARD",
      "ROLLFORWARDDIFF",
    ]);
  });

  test("VESTED has three required and four optional arguments, in the documented order", () => {
    const parameters = byId("VESTED")!.parameters;
    expect(parameters.map((p) => `${p.name}${p.optional ? "?" : ""}`)).toEqual([
      "grantDate",
      "shares",
      "asOf",
      "schedule?",
      "terminationDate?",
      "rounding?",
      "dateSystem?",
    ]);
  });

  test("VESTINGTABLE ends with the optional dateSystem, after the documented five", () => {
    expect(byId("VESTINGTABLE")!.parameters.map((p) => `${p.name}${p.optional ? "?" : ""}`)).toEqual([
      "grantDate",
      "shares",
      "schedule?",
      "terminationDate?",
      "rounding?",
      "dateSystem?",
    ]);
  });

  test("VESTINGTABLE, ROLLFORWARD and ROLLFORWARDDIFF spill; ROLLFORWARD takes ranges", () => {
    expect(byId("VESTINGTABLE")!.result.dimensionality).toBe("matrix");
    expect(byId("ROLLFORWARD")!.result.dimensionality).toBe("matrix");
    expect(byId("ROLLFORWARDDIFF")!.result.dimensionality).toBe("matrix");
    expect(byId("ROLLFORWARD")!.parameters.every((p) => p.dimensionality === "matrix")).toBe(true);
  });
});
