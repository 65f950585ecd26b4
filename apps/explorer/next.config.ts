import type { NextConfig } from 'next';

/** Workspace packages ship TypeScript source, so Next compiles them. */
const nextConfig: NextConfig = {
  transpilePackages: ['@newsgraph/client', '@newsgraph/config'],
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;
